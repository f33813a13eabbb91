package org.madang.central;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.madang.journal.CanonicalJson;
import org.madang.journal.ClockStamp;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.chain.RecordHasher;
import org.madang.journal.chain.Sha256;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.Signature64;
import org.madang.journal.testing.TestKeys;
import org.madang.sync.api.wire.EnrollmentRequest;

/**
 * A device for tests: its key, ids and a journal built record by record exactly as the journal
 * module chains and signs them ({@link RecordHasher}), so tampering is a rebuild with one field
 * changed.
 */
final class TestDevice {

    static final String SITE = "1114055000";
    static final String OTHER_SITE = "1114056000";

    final String deviceId;
    final Ed25519KeyPair key;
    final String journalId;
    private final List<JournalRecord> records = new ArrayList<>();
    private Instant wall = Instant.parse("2026-11-22T00:00:00Z");

    TestDevice(String deviceId) {
        this(deviceId, TestKeys.deviceKey(), UUID.randomUUID().toString());
    }

    TestDevice(String deviceId, Ed25519KeyPair key, String journalId) {
        this.deviceId = deviceId;
        this.key = key;
        this.journalId = journalId;
    }

    /** Appends a record to this device's journal. */
    JournalRecord append(RecordKind kind, Map<String, ?> body) {
        long seq = records.size() + 1;
        Sha256 prev = records.isEmpty() ? RecordHasher.genesis(journalId) : records.getLast().hash();
        wall = wall.plus(Duration.ofSeconds(7));
        JournalRecord record = sign(seq, UUID.randomUUID().toString(), kind, CanonicalJson.of(body),
                new ClockStamp(wall, "boot-1", seq * 1_000_000L, true), prev, key);
        records.add(record);
        return record;
    }

    /** Appends {@code n} check-ins of distinct members to one event. */
    List<JournalRecord> appendCheckins(int n, String event) {
        List<JournalRecord> added = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            added.add(append(RecordKind.CHECKIN, checkin(event, "member-" + deviceId + "-" + (records.size() + 1),
                    "once-per-event", "2026-11-22")));
        }
        return added;
    }

    static Map<String, Object> checkin(String event, String member, String limit, String day) {
        return Map.of("event", event, "member", member, "points", 100, "limit", limit, "day", day,
                "input", "camera", "tokenKey", "central-1", "clockTrusted", true);
    }

    List<JournalRecord> records() {
        return List.copyOf(records);
    }

    /** Records {@code from..to} inclusive (1-based seq). */
    List<JournalRecord> range(long from, long to) {
        return List.copyOf(records.subList((int) from - 1, (int) to));
    }

    JournalRecord get(long seq) {
        return records.get((int) seq - 1);
    }

    static JournalRecord sign(long seq, String id, RecordKind kind, CanonicalJson body, ClockStamp clock, Sha256 prev,
            Ed25519KeyPair key) {
        Sha256 hash = RecordHasher.hash(seq, id, kind, body, clock, prev, key.keyId());
        return new JournalRecord(seq, id, kind, body, clock, prev, hash, key.keyId(), key.sign(hash.bytes()));
    }

    /** The record with another body, its old hash and signature kept: altered after signing. */
    static JournalRecord tamperedBody(JournalRecord r, Map<String, ?> body) {
        return new JournalRecord(r.seq(), r.id(), r.kind(), CanonicalJson.of(body), r.clock(), r.prevHash(), r.hash(),
                r.keyId(), r.signature());
    }

    /** The record with a forged signature. */
    static JournalRecord badSignature(JournalRecord r) {
        byte[] bytes = r.signature().bytes();
        bytes[10] ^= 0x40;
        return new JournalRecord(r.seq(), r.id(), r.kind(), r.body(), r.clock(), r.prevHash(), r.hash(), r.keyId(),
                Signature64.of(bytes));
    }

    /** The same record re-made, hashed and signed with other content (a rewritten history). */
    static JournalRecord rewritten(JournalRecord r, Map<String, ?> body, Ed25519KeyPair key) {
        return sign(r.seq(), r.id(), r.kind(), CanonicalJson.of(body), r.clock(), r.prevHash(), key);
    }

    /** The request an enrollment with {@code code} sends. */
    EnrollmentRequest enrollment(String code, String site) {
        return new EnrollmentRequest(code, deviceId, site, key.publicKey().jwkX(), "test-1.0");
    }
}
