package org.madang.sync.agent.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.madang.device.content.ContentBundles;
import org.madang.device.keys.DeviceKeyStore;
import org.madang.device.profile.DeviceProfiles;
import org.madang.journal.JournalOptions;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.sqlite.SqliteJournal;

/**
 * A device in a temporary data directory, made the way device-config init makes one: key pair,
 * validated profile (pointing at a test central and trusting a test central key), SQLite journal.
 */
public final class TestDevice implements AutoCloseable {

    public static final String DEVICE_ID = "test-kiosk-01";
    public static final String SITE_CODE = "1114055000";
    public static final String CENTRAL_KID = "central-test";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir;
    private final Ed25519KeyPair key;
    private final Ed25519KeyPair centralKey;
    private final SqliteJournal journal;

    private TestDevice(Path dataDir, Ed25519KeyPair key, Ed25519KeyPair centralKey, SqliteJournal journal) {
        this.dataDir = dataDir;
        this.key = key;
        this.centralKey = centralKey;
        this.journal = journal;
    }

    /** A device whose profile points at {@code centralUrl}. */
    public static TestDevice create(Path dataDir, URI centralUrl) throws Exception {
        return create(dataDir, centralUrl, DEVICE_ID);
    }

    /** A device named {@code deviceId} whose profile points at {@code centralUrl}. */
    public static TestDevice create(Path dataDir, URI centralUrl, String deviceId) throws Exception {
        SecureRandom random = new SecureRandom();
        java.nio.file.Files.createDirectories(dataDir);
        Ed25519KeyPair key = DeviceKeyStore.in(dataDir).create(random);
        Ed25519KeyPair centralKey = Ed25519KeyPair.generate(random);
        ObjectNode profile = JSON.createObjectNode();
        profile.put("schemaVersion", 1);
        profile.put("deviceId", deviceId);
        profile.putObject("site").put("dongCode", SITE_CODE).put("dongName", "명동");
        profile.putArray("roles").add("checkin").add("vote");
        profile.putArray("locales").add("ko").add("en");
        profile.put("centralUrl", centralUrl.toString());
        profile.putArray("trustedCentralKeys").addObject().put("kty", "OKP").put("crv", "Ed25519")
                .put("kid", CENTRAL_KID).put("x", centralKey.publicKey().jwkX());
        profile.put("dataDir", dataDir.toAbsolutePath().toString());
        profile.putObject("peripherals").put("provider", "none");
        DeviceProfiles.write(DeviceProfiles.fileIn(dataDir), DeviceProfiles.fromTree(profile));
        SqliteJournal journal = SqliteJournal.open(JournalOptions.defaults(dataDir.resolve("journal.db"), key, "test kiosk"));
        // As device-config init does: record 1 says the device was set up.
        journal.append(RecordDraft.of(RecordKind.DEVICE_EVENT, Map.of("event", "device.initialised", "deviceId", deviceId)));
        return new TestDevice(dataDir, key, centralKey, journal);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Ed25519KeyPair key() {
        return key;
    }

    public SqliteJournal journal() {
        return journal;
    }

    public String journalId() {
        return journal.info().journalId();
    }

    /** Appends {@code count} small check-in records. */
    public TestDevice append(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            journal.append(RecordDraft.of(RecordKind.CHECKIN, Map.of("event", "e1", "member", "m" + i)));
        }
        return this;
    }

    /** Appends records with about {@code bytes} of random (incompressible) text each. */
    public TestDevice appendIncompressible(int count, int bytes) throws Exception {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < count; i++) {
            byte[] blob = new byte[bytes * 3 / 4];
            random.nextBytes(blob);
            journal.append(RecordDraft.of(RecordKind.DEVICE_EVENT,
                    Map.of("blob", Base64.getEncoder().encodeToString(blob))));
        }
        return this;
    }

    /** A content bundle of {@code version} signed by the central key the profile trusts. */
    public byte[] contentBundle(int version) {
        return ContentBundles.sign(contentPayload(version), centralKey, CENTRAL_KID).getBytes(StandardCharsets.US_ASCII);
    }

    /** A bundle signed by a key the profile does not trust. */
    public byte[] untrustedContentBundle(int version) {
        return ContentBundles.sign(contentPayload(version), Ed25519KeyPair.generate(new SecureRandom()), CENTRAL_KID)
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static ObjectNode contentPayload(int version) {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"schemaVersion":1,"version":%d,"issuedAt":"2026-11-22T00:00:00Z","district":"서울특별시 중구",
                     "memberHashKey":{"id":"m1","key":"%s"},
                     "events":[
                       {"id":"2026-myeongdong-cleanup","title":{"ko":"명동 골목 대청소","en":"Myeongdong alley clean-up"},
                        "siteCode":"1114055000","start":"2026-11-22T09:00:00+09:00","end":"2026-11-22T18:00:00+09:00",
                        "points":500,"limit":"once-per-event"}],
                     "revocations":[]}
                    """.formatted(version, Base64.getEncoder().encodeToString(new byte[32])));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        journal.close();
    }
}
