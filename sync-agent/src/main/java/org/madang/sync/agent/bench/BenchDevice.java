package org.madang.sync.agent.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.madang.device.keys.DeviceKeyStore;
import org.madang.device.profile.DeviceProfiles;
import org.madang.journal.JournalOptions;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.sqlite.SqliteJournal;

/**
 * Benchmark setup, not a command for devices: writes a terminal's data directory (profile, key,
 * journal of N check-ins of about 300 bytes) pointing at a central, for {@code scripts/bench-sync.sh}.
 * Prints the device id and the public key's JWK "x" on one line.
 *
 * <p>{@code BenchDevice DATA_DIR CENTRAL_URL RECORDS DEVICE_ID}
 */
public final class BenchDevice {

    // Pads a check-in body to about 300 canonical bytes, like a kiosk check-in with its token fields.
    private static final String FILLER = "x".repeat(150);

    private BenchDevice() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        String centralUrl = args[1];
        int records = Integer.parseInt(args[2]);
        String deviceId = args[3];
        Files.createDirectories(dataDir);
        SecureRandom random = new SecureRandom();
        Ed25519KeyPair key = DeviceKeyStore.in(dataDir).create(random);
        ObjectMapper json = new ObjectMapper();
        ObjectNode profile = json.createObjectNode();
        profile.put("schemaVersion", 1);
        profile.put("deviceId", deviceId);
        profile.putObject("site").put("dongCode", "1114055000").put("dongName", "명동");
        profile.putArray("roles").add("checkin");
        profile.putArray("locales").add("ko").add("en");
        profile.put("centralUrl", centralUrl);
        // Content is not part of the benchmark: a key nobody signs with.
        profile.putArray("trustedCentralKeys").addObject().put("kty", "OKP").put("crv", "Ed25519")
                .put("kid", "bench-unused").put("x", Ed25519KeyPair.generate(random).publicKey().jwkX());
        profile.put("dataDir", dataDir.toAbsolutePath().toString());
        profile.putObject("peripherals").put("provider", "none");
        DeviceProfiles.write(DeviceProfiles.fileIn(dataDir), DeviceProfiles.fromTree(profile));
        try (SqliteJournal journal = SqliteJournal.open(JournalOptions.defaults(dataDir.resolve("journal.db"), key,
                "bench kiosk"))) {
            journal.append(RecordDraft.of(RecordKind.DEVICE_EVENT, Map.of("event", "device.initialised", "deviceId", deviceId)));
            // Several writers: the journal serialises appends but signs outside its lock.
            int threads = 8;
            ExecutorService writers = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(writers.submit(() -> {
                    for (int i = first; i < records - 1; i += threads) {
                        journal.append(RecordDraft.of(RecordKind.CHECKIN, Map.of("event", "bench-event",
                                "member", "member-" + i, "points", 100, "limit", "once-per-event", "day", "2026-11-22",
                                "input", "camera", "tokenKey", "central-1", "note", FILLER)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            writers.shutdown();
        }
        System.out.println(deviceId + " " + key.publicKey().jwkX());
    }
}
