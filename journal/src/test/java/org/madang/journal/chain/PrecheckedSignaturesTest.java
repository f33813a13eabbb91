package org.madang.journal.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.journal.signing.KeyDirectory;
import org.madang.journal.signing.Signature64;
import org.madang.journal.testing.FakeDeviceClock;
import org.madang.journal.testing.InMemoryJournal;
import org.madang.journal.testing.TestKeys;

/** Signatures verified in parallel give the chain walk the same verdicts as verifying on the spot. */
class PrecheckedSignaturesTest {

    private final Ed25519KeyPair key = TestKeys.deviceKey();
    private ExecutorService pool;
    private List<JournalRecord> records;
    private Sha256 genesis;

    @BeforeEach
    void writeRecords() throws Exception {
        pool = Executors.newFixedThreadPool(3);
        try (InMemoryJournal journal = new InMemoryJournal(key, FakeDeviceClock.standard(), new SecureRandom(), 10)) {
            for (int i = 0; i < 300; i++) {
                journal.append(RecordDraft.of(RecordKind.CHECKIN, Map.of("member", "m" + i)));
            }
            records = new ArrayList<>(journal.readAfter(0, 1000));
            genesis = journal.info().genesisHash();
        }
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void intactRunVerifiesWithPrecheckedSignatures() throws Exception {
        KeyDirectory keys = KeyDirectory.of(key.publicKey());
        CountingCheck fallback = new CountingCheck(SignatureCheck.DIRECT);
        ChainVerifier verifier = new ChainVerifier(keys, 0, genesis,
                PrecheckedSignatures.verify(records, keys, pool, 3, fallback));
        records.forEach(verifier::accept);
        assertThat(verifier.report().intact()).isTrue();
        assertThat(verifier.report().lastGoodSeq()).isEqualTo(300);
        assertThat(fallback.calls).as("every signature answered from the precheck's results").isZero();
    }

    @Test
    void badSignatureFoundByThePrecheckStopsTheWalkAtThatRecord() throws Exception {
        JournalRecord good = records.get(199);
        byte[] forged = good.signature().bytes();
        forged[5] ^= 1;
        records.set(199, new JournalRecord(good.seq(), good.id(), good.kind(), good.body(), good.clock(), good.prevHash(),
                good.hash(), good.keyId(), Signature64.of(forged)));
        KeyDirectory keys = KeyDirectory.of(key.publicKey());
        // A fallback that accepts everything: a BAD_SIGNATURE can only come from the precheck's results.
        CountingCheck fallback = new CountingCheck((record, k) -> true);
        ChainVerifier verifier = new ChainVerifier(keys, 0, genesis,
                PrecheckedSignatures.verify(records, keys, pool, 3, fallback));
        records.forEach(verifier::accept);
        assertThat(fallback.calls).isZero();
        assertThat(verifier.report().firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.seq()).isEqualTo(200);
            assertThat(b.reason()).isEqualTo(ChainBreak.Reason.BAD_SIGNATURE);
        });
        assertThat(verifier.report().lastGoodSeq()).isEqualTo(199);
    }

    @Test
    void recordNotInThePrecheckIsVerifiedOnTheSpot() throws Exception {
        KeyDirectory keys = KeyDirectory.of(key.publicKey());
        CountingCheck fallback = new CountingCheck(SignatureCheck.DIRECT);
        PrecheckedSignatures precheck = PrecheckedSignatures.verify(records.subList(0, 10), keys, pool, 3, fallback);
        JournalRecord other = records.get(50);
        byte[] forged = other.signature().bytes();
        forged[0] ^= 1;
        JournalRecord forgedCopy = new JournalRecord(other.seq(), other.id(), other.kind(), other.body(), other.clock(),
                other.prevHash(), other.hash(), other.keyId(), Signature64.of(forged));
        assertThat(precheck.verifies(other, key.publicKey())).isTrue();
        assertThat(precheck.verifies(forgedCopy, key.publicKey())).isFalse();
        assertThat(precheck.verifies(records.get(0), TestKeys.deviceKey().publicKey())).isFalse();
        assertThat(fallback.calls).as("the two records not prechecked and the one checked with another key").isEqualTo(3);
    }

    /** Counts the signatures the precheck could not answer from its results. */
    private static final class CountingCheck implements SignatureCheck {
        private final SignatureCheck delegate;
        private int calls;

        CountingCheck(SignatureCheck delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean verifies(JournalRecord record, Ed25519PublicKey key) {
            calls++;
            return delegate.verifies(record, key);
        }
    }
}
