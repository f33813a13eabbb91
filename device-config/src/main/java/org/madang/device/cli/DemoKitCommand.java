package org.madang.device.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import org.madang.device.content.ContentBundle;
import org.madang.device.content.ContentBundles;
import org.madang.device.content.ContentException;
import org.madang.device.content.ContentStore;
import org.madang.device.content.demo.DemoContent;
import org.madang.device.content.poll.VoucherCode;
import org.madang.device.keys.DeviceKeyException;
import org.madang.device.keys.DeviceKeyStore;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.Language;
import org.madang.device.token.TokenIssuer;
import org.madang.journal.signing.Ed25519KeyPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code device-config demo-kit --data-dir DIR}: everything a demonstration needs on one device
 * without a central. Creates (once) a demo central key under {@code DIR/demo-central/}, trusts it
 * in the profile, signs and installs a bundle of events running today and tomorrow at the
 * device's site, with one poll of each ballot rule and a survey ({@link DemoContent}; the seal's
 * private key is written to {@code DIR/demo-central/}), and writes demo QR tokens (members, staff,
 * vouchers with their short codes) under {@code DIR/demo-tokens/}. Never for production:
 * whoever holds the demo key can mint members and staff cards.
 */
@Command(name = "demo-kit")
final class DemoKitCommand implements Callable<Integer> {

    /** Events and days are reckoned in Korea's time zone. */
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** The demo central key's name in the profile. */
    static final String KID = "demo-central";
    static final String CENTRAL_DIRECTORY = "demo-central";
    static final String TOKENS_DIRECTORY = "demo-tokens";
    static final String HASH_KEY_FILE = "member-hash-key";
    /** The seed of the demo polls' seal key and voucher codes ({@link DemoContent}). */
    static final String CONTENT_SEED_FILE = "demo-content-seed";
    static final String REVOKED_MEMBER = "demo-member-revoked";

    private static final Duration TOKEN_VALIDITY = Duration.ofDays(30);

    @Mixin
    private CommonOptions common;

    @Mixin
    private DataDirOption dataDir;

    /** One demo token file and what its README line says about it. */
    private record TokenFile(String name, String token, Text description) {
    }

    @Override
    public Integer call() throws CommandFailure {
        Environment environment = common.environment();
        Messages messages = common.messages();
        DataDirectory directory = dataDir.existing();
        DeviceProfile profile = directory.readProfile();
        Path centralDir = directory.root().resolve(CENTRAL_DIRECTORY);
        Ed25519KeyPair central = centralKey(centralDir, environment);
        boolean added = trust(directory, profile, central);
        DeviceProfile trusting = directory.readProfile();
        Instant now = environment.clock().instant();
        ContentStore store = ContentStore.in(directory.root(), ContentFailures.trustedKeys(trusting));
        DemoContent demo = DemoContent.fromSeed(secret(centralDir.resolve(CONTENT_SEED_FILE), environment));
        Path sealKeyFile = sealKey(centralDir, demo);
        ContentBundle bundle = installBundle(store, trusting, central, secret(centralDir.resolve(HASH_KEY_FILE),
                environment), demo, now);
        List<TokenFile> tokens = tokens(new TokenIssuer(central, KID), trusting, demo, now);
        Path tokensDir = writeTokens(directory.root().resolve(TOKENS_DIRECTORY), tokens);

        var out = environment.out();
        out.println(messages.get("demo.done", directory.root()));
        out.println("  " + messages.get("demo.done.key", KID, central.keyId(),
                DeviceKeyStore.in(centralDir).privateKeyFile()));
        out.println("  " + messages.get(added ? "demo.done.trusted" : "demo.done.already-trusted", KID,
                directory.profileFile()));
        out.println("  " + messages.get("content.installed", String.valueOf(bundle.version()), bundle.district(),
                store.directory().resolve(ContentStore.CURRENT)));
        for (var event : bundle.events()) {
            out.println("    " + messages.get("content.installed.event", event.id(), event.titleKo(), event.titleEn(),
                    ContentInstallCommand.seoul(event.start()), ContentInstallCommand.seoul(event.end()), event.points(),
                    event.limit().contentName(), event.siteCode().orElse("*")));
        }
        ContentInstallCommand.pollsAndSurveys(out, messages, bundle, "    ");
        out.println("  " + messages.get("demo.done.seal", DemoContent.SEAL_KEY_ID, sealKeyFile));
        out.println("  " + messages.get("demo.done.tokens", tokens.size(), tokensDir));
        for (TokenFile token : tokens) {
            out.println("    " + token.name() + ": " + token.description().render(messages));
        }
        return ExitStatus.OK.code();
    }

    private static Ed25519KeyPair centralKey(Path centralDir, Environment environment) throws CommandFailure {
        // The device key store gives the demo key the same care: mode 0600, never overwritten.
        DeviceKeyStore store = DeviceKeyStore.in(centralDir);
        try {
            if (Files.exists(store.privateKeyFile())) {
                return store.load();
            }
            Files.createDirectories(centralDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            return store.create(environment.random());
        } catch (DeviceKeyException e) {
            throw Failures.key(e);
        } catch (IOException e) {
            throw Failures.io(centralDir, e);
        }
    }

    /**
     * 32 secret bytes kept in {@code file} (mode 0600), made once: the member hash key, so pseudonyms
     * stay stable across runs, and the demo content seed, so sealed ballots and printed voucher codes
     * stay valid.
     */
    private static byte[] secret(Path file, Environment environment) throws CommandFailure {
        try {
            if (Files.exists(file)) {
                byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
                if (key.length == 32) {
                    return key;
                }
                Files.delete(file);
            }
            byte[] key = new byte[32];
            environment.random().nextBytes(key);
            Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"))), Base64.getEncoder().encodeToString(key) + "\n");
            return key;
        } catch (IOException | IllegalArgumentException e) {
            throw Failures.io(file, e instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
    }

    /** Writes the agenda poll's seal private key for the central (base64url, mode 0600) unless it is there. */
    private static Path sealKey(Path centralDir, DemoContent demo) throws CommandFailure {
        Path file = centralDir.resolve("seal-" + DemoContent.SEAL_KEY_ID + ".key");
        try {
            if (!Files.exists(file)) {
                Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------"))), Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(demo.sealKeys().privateKey()) + "\n", StandardCharsets.US_ASCII);
            }
            return file;
        } catch (IOException e) {
            throw Failures.io(file, e);
        }
    }

    /** Adds the demo key to the profile's trusted keys; false if it is there already. */
    private static boolean trust(DataDirectory directory, DeviceProfile profile, Ed25519KeyPair central)
            throws CommandFailure {
        return CentralKeyTrust.trust(directory, profile, KID, central.publicKey(), Text.of("error.demo.kid-taken", KID,
                directory.profileFile(), directory.root().resolve(CENTRAL_DIRECTORY)));
    }

    private static ContentBundle installBundle(ContentStore store, DeviceProfile profile, Ed25519KeyPair central,
            byte[] hashKey, DemoContent demo, Instant now) throws CommandFailure {
        try {
            int version = store.current().map(loaded -> loaded.bundle().version() + 1).orElse(1);
            String jws = ContentBundles.sign(payload(profile, hashKey, demo, version, now), central, KID);
            return store.install(jws.getBytes(StandardCharsets.US_ASCII));
        } catch (ContentException e) {
            throw ContentFailures.refused(store.directory(), e);
        } catch (IOException e) {
            throw Failures.io(store.directory(), e);
        }
    }

    static ObjectNode payload(DeviceProfile profile, byte[] hashKey, DemoContent demo, int version, Instant now) {
        Messages ko = Messages.of(Language.KO);
        Messages en = Messages.of(Language.EN);
        LocalDate today = now.atZone(SEOUL).toLocalDate();
        String day = today.toString().replace("-", "");
        String site = profile.site().dongCode();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", ContentBundles.SCHEMA_VERSION);
        root.put("version", version);
        root.put("issuedAt", now.toString());
        root.put("district", ko.get("demo.district"));
        root.putObject("memberHashKey").put("id", "m1").put("key", Base64.getEncoder().encodeToString(hashKey));
        ArrayNode events = root.putArray("events");
        event(events, "demo-cleanup-" + day, "demo.event.cleanup", ko, en, site, today, today.plusDays(2), 500,
                "once-per-event");
        event(events, "demo-festival-" + day, "demo.event.festival", ko, en, null, today, today.plusDays(2), 300,
                "once-per-day");
        event(events, "demo-assembly-" + day, "demo.event.assembly", ko, en, site, today.plusDays(1), today.plusDays(2),
                200, "once-per-event");
        root.putArray("revocations").addObject().put("type", "member").put("sub", REVOKED_MEMBER);
        return demo.addTo(root, now, site);
    }

    private static void event(ArrayNode events, String id, String titleKey, Messages ko, Messages en, String site,
            LocalDate from, LocalDate until, int points, String limit) {
        ObjectNode event = events.addObject();
        event.put("id", id);
        event.putObject("title").put("ko", ko.get(titleKey)).put("en", en.get(titleKey));
        if (site != null) {
            event.put("siteCode", site);
        }
        event.put("start", from.atStartOfDay(SEOUL).toOffsetDateTime().toString());
        event.put("end", until.atStartOfDay(SEOUL).toOffsetDateTime().toString());
        event.put("points", points);
        event.put("limit", limit);
    }

    private static List<TokenFile> tokens(TokenIssuer issuer, DeviceProfile profile, DemoContent demo, Instant now) {
        String dong = profile.site().dongCode();
        Instant issued = now.minusSeconds(60);
        Instant expires = now.plus(TOKEN_VALIDITY);
        List<TokenFile> files = new ArrayList<>();
        int[] birthYears = {1948, 1979, 2003};
        for (int i = 0; i < birthYears.length; i++) {
            files.add(new TokenFile("member-" + (i + 1) + ".txt",
                    issuer.member("demo-member-" + (i + 1), dong, birthYears[i], issued, expires),
                    Text.of("demo.token.member", i + 1, String.valueOf(birthYears[i]))));
        }
        files.add(new TokenFile("staff-1.txt", issuer.staff("demo-staff-1", Messages.of(Language.KO).get("demo.staff.name"),
                issued, expires), Text.of("demo.token.staff")));
        files.add(new TokenFile("member-expired.txt", issuer.member("demo-member-expired", dong, 1960,
                now.minus(Duration.ofDays(31)), now.minus(Duration.ofDays(1))), Text.of("demo.token.expired")));
        files.add(new TokenFile("member-revoked.txt", issuer.member(REVOKED_MEMBER, dong, 1985, issued, expires),
                Text.of("demo.token.revoked")));
        int n = 1;
        for (var voucher : demo.voucherCodesBySerial().entrySet()) {
            files.add(new TokenFile("voucher-" + n++ + ".txt", issuer.voucher(DemoContent.AGENDA_POLL, voucher.getKey(),
                    issued, expires), Text.of("demo.token.voucher", voucher.getKey(), DemoContent.AGENDA_POLL,
                    VoucherCode.format(voucher.getValue()))));
        }
        return files;
    }

    private static Path writeTokens(Path tokensDir, List<TokenFile> tokens) throws CommandFailure {
        try {
            // A staff card is among them: not for every user of the machine.
            Files.createDirectories(tokensDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
            StringBuilder readme = new StringBuilder();
            Messages ko = Messages.of(Language.KO);
            Messages en = Messages.of(Language.EN);
            for (TokenFile token : tokens) {
                Files.writeString(tokensDir.resolve(token.name()), token.token() + "\n", StandardCharsets.US_ASCII);
                readme.append(token.name()).append(": ").append(token.description().render(ko)).append(" / ")
                        .append(token.description().render(en)).append('\n');
            }
            Files.writeString(tokensDir.resolve("README.txt"), readme, StandardCharsets.UTF_8);
            return tokensDir;
        } catch (IOException e) {
            throw Failures.io(tokensDir, e);
        }
    }
}
