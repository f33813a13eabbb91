package org.madang.device.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.madang.device.keys.CentralCaFile;
import org.madang.device.keys.DeviceKeyException;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.device.profile.Language;
import org.madang.device.profile.PeripheralProvider;
import org.madang.device.profile.ProfileException;
import org.madang.device.profile.ProfileName;
import org.madang.device.sync.Enrollment;
import org.madang.device.sync.EnrollmentFile;
import org.madang.device.sync.EnrollmentQueue;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.sync.api.enroll.EnrollmentClient;
import org.madang.sync.api.enroll.EnrollmentException;
import org.madang.sync.api.enroll.EnrollmentQr;
import org.madang.sync.api.enroll.EnrollmentQrException;
import org.madang.sync.api.enroll.EnrollmentTicket;
import org.madang.sync.api.tls.PinnedCa;
import org.madang.sync.api.tls.PinnedCaException;
import org.madang.sync.api.wire.EnrollmentRequest;

/**
 * Sets a terminal up from an enrollment QR: the QR is checked, the device key made (or the
 * existing one kept), and the device enrolled with the central BEFORE anything is written, so a
 * refusal changes nothing; when the central cannot be reached the enrollment is queued for the
 * sync agent. A device that already has a profile is set up again only if no record would be
 * stranded. One implementation for {@code device-config provision} and the kiosk's set-up mode.
 */
final class Provisioner {

    /** A last change to the profile before it is written (the CLI's admin PIN); refusing fails the set-up. */
    @FunctionalInterface
    interface PinStep {
        DeviceProfile apply(DeviceProfile profile) throws CommandFailure;
    }

    /**
     * What was set up.
     *
     * @param ticket the enrollment QR's contents
     * @param profile the profile written
     * @param key the device key
     * @param enrolled the enrollment when the central answered; empty when it was queued
     * @param queuedBecause why it was queued, when it was
     * @param again whether the device had a profile before
     */
    record Result(EnrollmentTicket ticket, DeviceProfile profile, Ed25519KeyPair key, Optional<Enrollment> enrolled,
            Optional<EnrollmentException.Kind> queuedBecause, boolean again, Optional<PinnedCa> pinnedCa) {
    }

    /** The central's answer: an enrollment, or the transient failure that queues it. */
    private record Attempt(Optional<Enrollment> enrolled, Optional<EnrollmentException.Kind> queuedBecause) {
    }

    private Provisioner() {
    }

    /**
     * Provisions {@code directory} from the QR {@code text}.
     *
     * @param deviceId the device id to use, or empty for the existing one or {@code kiosk-} and the key id
     * @param caToPin a CA file that came with the QR (a USB stick): used for TLS to the central now and
     *     pinned (decision 0014) only once the terminal is set up; empty to use what is pinned already
     * @throws CommandFailure with what to tell staff; nothing was changed
     */
    static Result run(DataDirectory directory, String text, Optional<String> deviceId, PinStep pinStep, Duration timeout,
            Clock clock, SecureRandom random, Optional<Path> caToPin) throws CommandFailure {
        EnrollmentTicket ticket = ticket(text, clock);
        Optional<PinnedCa> newCa = Optional.empty();
        if (caToPin.isPresent()) {
            try {
                newCa = Optional.of(PinnedCa.load(caToPin.get(), clock));
            } catch (PinnedCaException e) {
                throw Failures.ca(e);
            }
        }
        Optional<DeviceProfile> existing = existingDevice(directory);
        Ed25519KeyPair key = existing.isPresent() ? loadKey(directory) : Ed25519KeyPair.generate(random);
        String id = deviceId.map(String::strip)
                .orElseGet(() -> existing.map(DeviceProfile::deviceId).orElse("kiosk-" + key.keyId().substring(0, 8)));
        DeviceProfile profile = profile(directory, ticket, id, existing, pinStep);

        Attempt attempt = enroll(directory, ticket, profile, key, timeout, clock, random, newCa);
        Optional<Enrollment> enrolled = attempt.enrolled();
        // Pinned after the central answered (or could not be reached): a refusal above leaves the
        // terminal as it was, pin included. The bytes checked at the start are written, not the
        // stick's file read again.
        CentralCaFile pinFile = CentralCaFile.in(directory.root());
        Optional<PinnedCa> pinned = newCa.map(ca -> ca.at(pinFile.file()));
        EnrollmentQueue.Queued queued = new EnrollmentQueue.Queued(text, profile.deviceId(), clock.instant());
        if (existing.isPresent()) {
            if (newCa.isPresent()) {
                try {
                    pinFile.pin(newCa.get());
                } catch (IOException e) {
                    throw Failures.io(pinFile.file(), e);
                }
            }
            rewrite(directory, profile, enrolled, queued);
        } else {
            // A new device pins with the rest of its files, so a failed set-up takes the pin back too.
            DeviceSetup.create(directory, profile, key, enrolled.isPresent()
                    ? Map.of(EnrollmentFile.in(directory.root()).file(), EnrollmentFile.toBytes(enrolled.get()))
                    : Map.of(EnrollmentQueue.in(directory.root()).file(), EnrollmentQueue.toBytes(queued)), newCa);
        }
        return new Result(ticket, profile, key, enrolled, attempt.queuedBecause(), existing.isPresent(), pinned);
    }

    /** What staff read after a set-up: done or done again, the central and its key, the device key, enrolled or queued. */
    static List<Text> report(DataDirectory directory, Result result) {
        List<Text> lines = new ArrayList<>();
        DeviceProfile profile = result.profile();
        EnrollmentTicket ticket = result.ticket();
        lines.add(Text.of(result.again() ? "provision.again" : "provision.done", profile.deviceId(), directory.root(),
                profile.site().dongName(), profile.site().dongCode()));
        lines.add(Text.of("provision.central", ticket.centralUrl(), ticket.kid(), ticket.fingerprint()).indented());
        lines.add(Text.of("provision.key", result.key().keyId(), directory.keys().privateKeyFile()).indented());
        result.pinnedCa().ifPresent(pinned -> pinned.authorities().forEach(authority -> lines.add(Text.of(
                "provision.ca-pinned", authority.getSubjectX500Principal().getName(), PinnedCa.fingerprint(authority),
                pinned.file()).indented())));
        if (result.enrolled().isPresent()) {
            lines.add(Text.of("provision.enrolled", String.join(",", result.enrolled().get().roles()),
                    EnrollmentFile.in(directory.root()).file()).indented());
        } else {
            // A certificate refused for its dates is queued too (the clock syncs, or the central renews
            // it), but "cannot be reached" would send staff looking for a network fault.
            boolean dates = result.queuedBecause().equals(Optional.of(EnrollmentException.Kind.CERTIFICATE_DATES));
            lines.add(Text.of(dates ? "provision.queued.certificate-dates" : "provision.queued", ticket.centralUrl(),
                    EnrollmentQueue.in(directory.root()).file(), directory.root(), ticket.expires()).indented());
        }
        return lines;
    }

    private static EnrollmentTicket ticket(String text, Clock clock) throws CommandFailure {
        try {
            return EnrollmentQr.parse(text, clock.instant());
        } catch (EnrollmentQrException e) {
            List<Text> lines = new ArrayList<>();
            lines.add(Text.of("error.qr.header", e.problems().size()));
            for (EnrollmentQrException.Problem problem : e.problems()) {
                lines.add(Text.of("error.qr." + problem.code().name(), problem.field(), problem.value(), expected(problem))
                        .indented());
            }
            throw new CommandFailure(ExitStatus.CHECK_FAILED, lines, null);
        }
    }

    /**
     * What the QR should have held, from the bundles: sync-api's {@code expected} is English, and
     * this line is also printed in Korean.
     */
    private static Object expected(EnrollmentQrException.Problem problem) {
        return switch (problem.code()) {
            case DAMAGED -> Text.of("error.qr.expected.damaged", String.valueOf(EnrollmentQr.MAX_LENGTH));
            case INVALID -> Text.of("error.qr.expected." + problem.field());
            // The other problems' messages do not show what was expected.
            default -> problem.expected();
        };
    }

    /** The device's profile if it has one (then nothing may be waiting); a half-made device is refused. */
    private static Optional<DeviceProfile> existingDevice(DataDirectory directory) throws CommandFailure {
        if (Files.exists(directory.root()) && !Files.isDirectory(directory.root())) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.init.not-directory", directory.root()));
        }
        if (Files.exists(directory.profileFile())) {
            DeviceProfile profile = directory.readProfile();
            WaitingRecords.refuseIfWaiting(directory, profile.deviceId());
            return Optional.of(profile);
        }
        for (Path file : List.of(directory.keys().privateKeyFile(), directory.keys().publicKeyFile(), directory.journalFile())) {
            if (Files.exists(file)) {
                throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.init.file-exists", file));
            }
        }
        return Optional.empty();
    }

    private static Ed25519KeyPair loadKey(DataDirectory directory) throws CommandFailure {
        try {
            return directory.keys().load();
        } catch (DeviceKeyException e) {
            throw Failures.key(e);
        }
    }

    private static DeviceProfile profile(DataDirectory directory, EnrollmentTicket ticket, String id,
            Optional<DeviceProfile> existing, PinStep pinStep) throws CommandFailure {
        // Through the JSON tree, so fields other engineers add to the profile are carried over.
        ObjectNode tree = existing.map(DeviceProfiles::toTree).orElseGet(() -> newProfileTree(directory));
        tree.put("deviceId", id);
        tree.putObject("site").put("dongCode", ticket.siteCode()).put("dongName", ticket.siteName());
        ArrayNode roles = tree.putArray("roles");
        ticket.roles().forEach(roles::add);
        tree.put("centralUrl", ticket.centralUrl().toString());
        // The QR's key only: a device set up for a new central must not keep believing the old one.
        tree.putArray("trustedCentralKeys").addObject().put("kty", "OKP").put("crv", "Ed25519").put("kid", ticket.kid())
                .put("x", ticket.centralKey().jwkX());
        DeviceProfile profile;
        try {
            profile = DeviceProfiles.fromTree(tree);
        } catch (ProfileException e) {
            throw Failures.profile(Text.of("error.provision.invalid", e.problems().size()), e,
                    Map.of("deviceId", "--device-id", "site.dongCode", "QR site", "site.dongName", "QR siteName",
                            "roles", "QR roles", "centralUrl", "QR url"));
        }
        return pinStep.apply(profile);
    }

    private static ObjectNode newProfileTree(DataDirectory directory) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("schemaVersion", DeviceProfiles.SCHEMA_VERSION);
        ProfileName.all(Language.class).forEach(tree.putArray("locales")::add);
        tree.put("dataDir", directory.root().toString());
        tree.putObject("peripherals").put("provider", PeripheralProvider.NONE.profileName());
        tree.put("audio", false);
        return tree;
    }

    /**
     * Enrolls now, or says why it is to be queued (the central cannot be reached, or its certificate
     * was refused for its dates); a refusal fails with nothing written.
     */
    private static Attempt enroll(DataDirectory directory, EnrollmentTicket ticket, DeviceProfile profile,
            Ed25519KeyPair key, Duration timeout, Clock clock, SecureRandom random, Optional<PinnedCa> newCa)
            throws CommandFailure {
        Optional<SSLContext> tls;
        try {
            tls = newCa.isPresent() ? newCa.map(PinnedCa::sslContext) : CentralCaFile.in(directory.root()).sslContext(clock);
        } catch (PinnedCaException e) {
            throw Failures.ca(e);
        }
        try (EnrollmentClient client = new EnrollmentClient(ticket.centralUrl(), timeout, timeout, clock, random, tls)) {
            EnrollmentClient.Enrolled enrolled = client.enroll(new EnrollmentRequest(ticket.code(), profile.deviceId(),
                    profile.site().dongCode(), key.publicKey().jwkX(), "device-config " + SoftwareVersion.current()),
                    key, Optional.of(ticket.centralKey()));
            return new Attempt(Optional.of(Enrollment.of(enrolled.response(), ticket.centralUrl())), Optional.empty());
        } catch (EnrollmentException e) {
            if (e.isTransient()) {
                return new Attempt(Optional.empty(), Optional.of(e.kind()));
            }
            throw new CommandFailure(ExitStatus.CHECK_FAILED, EnrollmentRefusal.explain(e, ticket), e);
        }
    }

    /** A device set up again: the enrollment (or queue) file first, then the profile; the other file goes. */
    private static void rewrite(DataDirectory directory, DeviceProfile profile, Optional<Enrollment> enrolled,
            EnrollmentQueue.Queued queued) throws CommandFailure {
        EnrollmentFile enrollmentFile = EnrollmentFile.in(directory.root());
        EnrollmentQueue queue = EnrollmentQueue.in(directory.root());
        Path current = directory.profileFile();
        try {
            if (enrolled.isPresent()) {
                enrollmentFile.write(enrolled.get());
                queue.delete();
            } else {
                queue.write(queued);
                // The old enrollment is with the old central; the status must not say "enrolled".
                enrollmentFile.delete();
            }
            DeviceProfiles.write(current, profile);
        } catch (IOException e) {
            throw Failures.io(current, e);
        }
    }
}
