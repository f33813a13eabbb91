package org.madang.central.ingest;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.madang.central.derived.RecordBodies;
import org.madang.journal.CanonicalJson;
import org.madang.journal.ClockStamp;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.chain.ChainVerifier;
import org.madang.journal.chain.RecordHasher;
import org.madang.journal.chain.Sha256;
import org.madang.journal.chain.SignatureCheck;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.KeyDirectory;
import org.madang.journal.signing.Signature64;
import org.madang.sync.api.SyncApi;
import org.madang.sync.api.wire.UploadBatch;
import org.madang.sync.api.wire.WireFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the per-record ingest code (upload decode, body reading, chain walk) over a made-up
 * journal before the server listens, so that a freshly started central meets its first crowd of
 * terminals with that code compiled instead of compiling it on the same cores while they wait.
 * Nothing is stored; the made-up records never leave this class.
 */
public final class IngestWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(IngestWarmup.class);

    private IngestWarmup() {
    }

    /**
     * Decodes and walks {@code rounds} uploads of {@code records} check-ins.
     *
     * @return how many records were walked (all of them, unless the code under warm-up is broken)
     */
    public static long run(int records, int rounds, SecureRandom random) {
        long started = System.nanoTime();
        Ed25519KeyPair key = Ed25519KeyPair.generate(random);
        String journalId = UUID.randomUUID().toString();
        byte[] upload = new UploadBatch("warmup", journalId, journal(key, journalId, records)).encode();
        KeyDirectory keys = KeyDirectory.of(key.publicKey());
        long walked = 0;
        try {
            for (int round = 0; round < rounds; round++) {
                List<JournalRecord> decoded = UploadBatch.decode(upload, SyncApi.MAX_INFLATED_BYTES).records();
                ChainVerifier chain = ChainVerifier.deferringSignatures(keys, 0, RecordHasher.genesis(journalId));
                for (JournalRecord record : decoded) {
                    RecordBodies.read(record);
                    if (chain.accept(record)) {
                        walked++;
                    }
                }
                chain.lastAccepted().ifPresent(head -> SignatureCheck.DIRECT.verifies(head, key.publicKey()));
            }
        } catch (WireFormatException e) {
            throw new IllegalStateException("the warm-up upload does not decode: " + e.getMessage(), e);
        }
        LOG.info("ingest warm-up: {} records walked in {} ms", walked, (System.nanoTime() - started) / 1_000_000);
        return walked;
    }

    /** Check-ins shaped like a kiosk's; only the last is really signed (the walk checks the head's signature). */
    private static List<JournalRecord> journal(Ed25519KeyPair key, String journalId, int count) {
        List<JournalRecord> records = new ArrayList<>(count);
        Sha256 prev = RecordHasher.genesis(journalId);
        Signature64 unsigned = Signature64.of(new byte[64]);
        Instant wall = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 1; i <= count; i++) {
            CanonicalJson body = CanonicalJson.parse("{\"day\":\"2026-01-01\",\"event\":\"warmup\",\"input\":\"camera\","
                    + "\"limit\":\"" + RecordBodies.ONCE_PER_EVENT + "\",\"member\":\"member-" + i + "\",\"points\":100,"
                    + "\"tokenKey\":\"central-1\"}");
            ClockStamp clock = new ClockStamp(wall.plusMillis(700L * i), "boot-1", i * 1_000_000L, true);
            String id = UUID.randomUUID().toString();
            Sha256 hash = RecordHasher.hash(i, id, RecordKind.CHECKIN, body, clock, prev, key.keyId());
            Signature64 signature = i == count ? key.sign(hash.bytes()) : unsigned;
            records.add(new JournalRecord(i, id, RecordKind.CHECKIN, body, clock, prev, hash, key.keyId(), signature));
            prev = hash;
        }
        return records;
    }
}
