package org.madang.kiosk.setup;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.madang.device.content.ContentBundle;
import org.madang.device.keys.CentralCaFile;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.PeripheralProvider;
import org.madang.device.sync.Enrollment;
import org.madang.device.sync.EnrollmentFile;
import org.madang.device.sync.EnrollmentQueue;
import org.madang.journal.clock.WallClockTrust;
import org.madang.journal.diagnostics.LatencySummary;
import org.madang.journal.diagnostics.StorageProbe;
import org.madang.kiosk.device.InstalledContent;
import org.madang.sync.api.tls.PinnedCa;
import org.madang.sync.api.tls.PinnedCaException;

/**
 * The set-up check list of a freshly provisioned terminal: each item looked at on its own, so one
 * failure never hides another. Blocks (a storage probe, a connection to the central): run it off
 * the UI thread.
 */
public final class TerminalChecks {

    /** How many durable writes the storage check makes: enough for a p99, quick on an SD card. */
    static final int STORAGE_SAMPLES = 20;

    /** "AB:CD:EF:01": the first four bytes of a fingerprint. */
    private static final int SHORT_FINGERPRINT = 11;

    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Seoul"));

    /** Whether the GPIO pins a profile asks for can be opened, and if not, why. */
    @FunctionalInterface
    public interface GpioProbe {
        /** Empty when the pins opened (and were released again); otherwise what staff should read, Korean then English. */
        Optional<List<String>> problem(DeviceProfile profile, Path dataDir);
    }

    /** Whether the central answers at its address, and whether its certificate is trusted. */
    @FunctionalInterface
    public interface CentralProbe {

        /** What a connection attempt found. */
        enum Reach {
            /** Connected (for https: the certificate and host name were accepted). */
            REACHABLE,
            /** No connection, or a handshake that failed for a reason other than the certificate. */
            UNREACHABLE,
            /** Connected, but the central's certificate was refused: a CA to install, or a wrong URL. */
            UNTRUSTED,
            /** The certificate was refused for its dates: expired, not valid yet, or this clock is wrong. */
            DATE_REFUSED
        }

        /**
         * Tries the central at {@code central}; for https, trusting only {@code pinned}'s CAs when
         * present, otherwise the system's trust store.
         */
        Reach reach(URI central, Optional<PinnedCa> pinned);
    }

    /**
     * What the set-up screen saw of the inputs.
     *
     * @param scanned whether a scanner or the camera has read a code during set-up
     * @param cameraConfigured whether the kiosk was started with a camera
     * @param cameraAlive whether that camera is giving pictures
     */
    public record Inputs(boolean scanned, boolean cameraConfigured, boolean cameraAlive) {
    }

    private final Path dataDir;
    private final Clock clock;
    private final WallClockTrust clockTrust;
    private final GpioProbe gpio;
    private final CentralProbe central;
    // The slow checks' first good result, kept for the re-runs (guarded by this).
    private final Map<CheckItem, CheckResult> settled = new EnumMap<>(CheckItem.class);

    public TerminalChecks(Path dataDir, Clock clock, WallClockTrust clockTrust, GpioProbe gpio, CentralProbe central) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.clockTrust = Objects.requireNonNull(clockTrust, "clockTrust");
        this.gpio = Objects.requireNonNull(gpio, "gpio");
        this.central = Objects.requireNonNull(central, "central");
    }

    /**
     * Every item, in {@link CheckItem} order, for the terminal's {@code profile}. The list is re-run
     * every few seconds while it shows; the slow or wearing checks are repeated only until they
     * have passed once: the storage probe (twenty fdatasyncs on what is often an SD card), opening
     * the GPIO pins, and verifying the installed content bundle.
     */
    public synchronized List<CheckResult> run(DeviceProfile profile, Inputs inputs) {
        List<CheckResult> results = new ArrayList<>();
        results.add(once(CheckItem.STORAGE, this::storage));
        results.add(clock());
        results.add(scanner(inputs));
        results.add(camera(inputs));
        results.add(once(CheckItem.GPIO, () -> gpio(profile)));
        results.add(network(profile));
        results.add(enrolled());
        results.add(once(CheckItem.CONTENT, () -> content(profile)));
        return results;
    }

    // The item's kept result, or a fresh one, kept if staff need not see it change any more.
    private CheckResult once(CheckItem item, Supplier<CheckResult> check) {
        CheckResult kept = settled.get(item);
        if (kept != null) {
            return kept;
        }
        CheckResult fresh = check.get();
        if (fresh.status() == CheckStatus.PASSED || (fresh.status() == CheckStatus.WARNING && item == CheckItem.STORAGE)) {
            settled.put(item, fresh);
        }
        return fresh;
    }

    /** Whether the kiosk may start: nothing failed and nothing it needs is still on its way. */
    public static boolean allowStart(List<CheckResult> results) {
        return !results.isEmpty() && results.stream().allMatch(r -> r.status().allowsStart());
    }

    CheckResult storage() {
        long free;
        LatencySummary writes;
        try {
            free = StorageProbe.usableBytes(dataDir);
            writes = StorageProbe.rawFsync(dataDir, STORAGE_SAMPLES);
        } catch (IOException e) {
            return CheckResult.of(CheckItem.STORAGE, CheckStatus.FAILED, "storage.fail", dataDir.toString(),
                    String.valueOf(e.getMessage()));
        }
        long freeMb = free / (1024 * 1024);
        if (free < StorageProbe.FAIL_BELOW_BYTES) {
            return CheckResult.of(CheckItem.STORAGE, CheckStatus.FAILED, "storage.full", freeMb,
                    StorageProbe.FAIL_BELOW_BYTES / (1024 * 1024));
        }
        long p99Ms = Math.max(1, Math.round(writes.p99().toNanos() / 1e6));
        if (free < StorageProbe.WARN_BELOW_BYTES) {
            return CheckResult.of(CheckItem.STORAGE, CheckStatus.WARNING, "storage.low", freeMb,
                    StorageProbe.WARN_BELOW_BYTES / (1024 * 1024));
        }
        if (writes.p99().compareTo(StorageProbe.SLOW_APPEND_P99) > 0) {
            return CheckResult.of(CheckItem.STORAGE, CheckStatus.WARNING, "storage.slow", p99Ms,
                    StorageProbe.SLOW_APPEND_P99.toMillis());
        }
        return CheckResult.of(CheckItem.STORAGE, CheckStatus.PASSED, "storage.ok", freeMb, p99Ms);
    }

    CheckResult clock() {
        // As staff compare it with their phone: Korean time, to the minute.
        String shown = SHOWN_TIME.format(clock.instant());
        return clockTrust.trusts(clock.instant())
                ? CheckResult.of(CheckItem.CLOCK, CheckStatus.PASSED, "clock.ok", shown)
                : CheckResult.of(CheckItem.CLOCK, CheckStatus.WARNING, "clock.unsynced", shown);
    }

    static CheckResult scanner(Inputs inputs) {
        return inputs.scanned()
                ? CheckResult.of(CheckItem.SCANNER, CheckStatus.PASSED, "scanner.ok")
                : CheckResult.of(CheckItem.SCANNER, CheckStatus.WARNING, "scanner.untried");
    }

    static CheckResult camera(Inputs inputs) {
        if (!inputs.cameraConfigured()) {
            return CheckResult.of(CheckItem.CAMERA, CheckStatus.NOT_USED, "camera.none");
        }
        return inputs.cameraAlive()
                ? CheckResult.of(CheckItem.CAMERA, CheckStatus.PASSED, "camera.ok")
                : CheckResult.of(CheckItem.CAMERA, CheckStatus.FAILED, "camera.dead");
    }

    CheckResult gpio(DeviceProfile profile) {
        if (profile.peripherals().provider() == PeripheralProvider.NONE) {
            return CheckResult.of(CheckItem.GPIO, CheckStatus.NOT_USED, "gpio.none");
        }
        Optional<List<String>> problem = gpio.problem(profile, dataDir);
        return problem.isEmpty()
                ? CheckResult.of(CheckItem.GPIO, CheckStatus.PASSED, "gpio.ok", profile.peripherals().provider().profileName())
                : CheckResult.of(CheckItem.GPIO, CheckStatus.FAILED, "gpio.fail", problem.get().get(0), problem.get().get(1));
    }

    CheckResult network(DeviceProfile profile) {
        URI url = profile.centralUrl();
        Optional<PinnedCa> pinned;
        try {
            pinned = CentralCaFile.in(dataDir).load(clock);
        } catch (PinnedCaException e) {
            // The sync agent refuses to start with this file: staff must replace it here and now.
            // Its name only (it is always in the key folder): a whole path wraps over the line.
            return CheckResult.of(CheckItem.NETWORK, CheckStatus.FAILED, "network.ca." + e.code().name(),
                    CentralCaFile.FILE, e.detail());
        }
        boolean pinnedInUse = pinned.isPresent() && "https".equalsIgnoreCase(url.getScheme());
        return switch (central.reach(url, pinned)) {
            case REACHABLE -> pinnedInUse
                    ? CheckResult.of(CheckItem.NETWORK, CheckStatus.PASSED, "network.pinned", url.getHost(),
                            shortFingerprints(pinned.get()))
                    : CheckResult.of(CheckItem.NETWORK, CheckStatus.PASSED, "network.ok", url.getHost());
            case UNTRUSTED -> CheckResult.of(CheckItem.NETWORK, CheckStatus.WARNING,
                    pinnedInUse ? "network.untrusted.pinned" : "network.untrusted", url.getHost());
            case DATE_REFUSED -> CheckResult.of(CheckItem.NETWORK, CheckStatus.WARNING, "network.dates", url.getHost(),
                    SHOWN_TIME.format(clock.instant()));
            case UNREACHABLE -> CheckResult.of(CheckItem.NETWORK, CheckStatus.WARNING, "network.down", url.getHost());
        };
    }

    /**
     * The start of each pinned CA's SHA-256 (as {@code device-config trust-ca} prints it in
     * full): enough for staff to see which CA is pinned, short enough for one line at 800×480.
     */
    static String shortFingerprints(PinnedCa pinned) {
        return pinned.authorities().stream()
                .map(ca -> PinnedCa.fingerprint(ca).substring(0, SHORT_FINGERPRINT) + "…")
                .collect(Collectors.joining(", "));
    }

    CheckResult enrolled() {
        try {
            Optional<Enrollment> enrollment = EnrollmentFile.in(dataDir).read();
            if (enrollment.isPresent()) {
                return CheckResult.of(CheckItem.ENROLLED, CheckStatus.PASSED, "enrolled.ok",
                        String.join(", ", enrollment.get().roles()));
            }
            if (EnrollmentQueue.in(dataDir).read().isPresent()) {
                return CheckResult.of(CheckItem.ENROLLED, CheckStatus.WARNING, "enrolled.queued");
            }
            return CheckResult.of(CheckItem.ENROLLED, CheckStatus.FAILED, "enrolled.none");
        } catch (IOException e) {
            return CheckResult.of(CheckItem.ENROLLED, CheckStatus.FAILED, "enrolled.unreadable", String.valueOf(e.getMessage()));
        }
    }

    CheckResult content(DeviceProfile profile) {
        try {
            Optional<InstalledContent> installed = InstalledContent.open(profile, dataDir);
            if (installed.isEmpty()) {
                return CheckResult.of(CheckItem.CONTENT, CheckStatus.WAITING, "content.waiting");
            }
            ContentBundle bundle = installed.get().bundle();
            return CheckResult.of(CheckItem.CONTENT, CheckStatus.PASSED, "content.ok", String.valueOf(bundle.version()),
                    bundle.events().size(), bundle.polls().size(), bundle.surveys().size());
        } catch (IOException | RuntimeException e) {
            return CheckResult.of(CheckItem.CONTENT, CheckStatus.FAILED, "content.unreadable", String.valueOf(e.getMessage()));
        }
    }
}
