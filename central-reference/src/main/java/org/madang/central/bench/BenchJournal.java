package org.madang.central.bench;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.madang.journal.CanonicalJson;
import org.madang.journal.ClockStamp;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.chain.RecordHasher;
import org.madang.journal.chain.Sha256;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.Signature64;
import org.madang.sync.api.wire.EnrollmentRequest;
import org.madang.sync.api.wire.UploadBatch;

/**
 * A simulated terminal's journal for the benchmark: check-ins of about 300 bytes, chained and
 * signed exactly as the journal module does, then cut into gzip upload bodies.
 */
final class BenchJournal {

    static final String SITE = "1114055000";
    // Pads a check-in body to about 300 canonical bytes, like a kiosk check-in with its token fields.
    private static final String FILLER = "x".repeat(150);

    final String deviceId;
    final Ed25519KeyPair key;
    final String journalId = UUID.randomUUID().toString();
    final List<JournalRecord> records;

    BenchJournal(String deviceId, int count, SecureRandom random) {
        this.deviceId = deviceId;
        this.key = Ed25519KeyPair.generate(random);
        // Hashes are a chain (sequential); signatures are independent (parallel).
        Sha256[] hashes = new Sha256[count];
        Object[][] fields = new Object[count][];
        Sha256 prev = RecordHasher.genesis(journalId);
        Instant wall = Instant.parse("2026-11-22T00:00:00Z");
        for (int i = 0; i < count; i++) {
            long seq = i + 1;
            wall = wall.plus(Duration.ofMillis(700));
            CanonicalJson body = CanonicalJson.of(Map.of("event", "bench-event", "member", "member-" + deviceId + "-" + seq,
                    "points", 100, "limit", "once-per-event", "day", "2026-11-22", "input", "camera",
                    "tokenKey", "central-1", "note", FILLER));
            ClockStamp clock = new ClockStamp(wall, "boot-1", seq * 1_000_000L, true);
            String id = UUID.randomUUID().toString();
            Sha256 hash = RecordHasher.hash(seq, id, RecordKind.CHECKIN, body, clock, prev, key.keyId());
            fields[i] = new Object[] {id, body, clock, prev};
            hashes[i] = hash;
            prev = hash;
        }
        JournalRecord[] built = new JournalRecord[count];
        IntStream.range(0, count).parallel().forEach(i -> {
            Signature64 signature = key.sign(hashes[i].bytes());
            built[i] = new JournalRecord(i + 1, (String) fields[i][0], RecordKind.CHECKIN, (CanonicalJson) fields[i][1],
                    (ClockStamp) fields[i][2], (Sha256) fields[i][3], hashes[i], key.keyId(), signature);
        });
        this.records = Arrays.asList(built);
    }

    /** Gzip upload bodies of {@code batch} records each, in order. */
    List<byte[]> bodies(int batch) {
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < records.size(); from += batch) {
            bodies.add(new UploadBatch(deviceId, journalId, records.subList(from, Math.min(records.size(), from + batch)))
                    .encode());
        }
        return bodies;
    }

    EnrollmentRequest enrollment(String code) {
        return new EnrollmentRequest(code, deviceId, SITE, key.publicKey().jwkX(), "bench");
    }

    int bodyBytes() {
        return records.getFirst().body().length();
    }
}
