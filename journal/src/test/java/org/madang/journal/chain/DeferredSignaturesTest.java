package org.madang.journal.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madang.journal.CanonicalJson;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.KeyDirectory;
import org.madang.journal.signing.Signature64;
import org.madang.journal.testing.FakeDeviceClock;
import org.madang.journal.testing.InMemoryJournal;
import org.madang.journal.testing.TestKeys;

/** A verifier that defers signatures to its caller still checks everything else and names the head. */
class DeferredSignaturesTest {

    private final Ed25519KeyPair key = TestKeys.deviceKey();
    private final KeyDirectory keys = KeyDirectory.of(key.publicKey());
    private List<JournalRecord> records;
    private Sha256 genesis;

    @BeforeEach
    void writeRecords() throws Exception {
        try (InMemoryJournal journal = new InMemoryJournal(key, FakeDeviceClock.standard(), new SecureRandom(), 10)) {
            for (int i = 0; i < 20; i++) {
                journal.append(RecordDraft.of(RecordKind.CHECKIN, Map.of("member", "m" + i)));
            }
            records = new ArrayList<>(journal.readAfter(0, 100));
            genesis = journal.info().genesisHash();
        }
    }

    @Test
    void forgedIntermediateSignatureIsLeftToTheCallerAndTheHeadIsTheLastRecord() {
        records.set(9, forged(records.get(9)));
        ChainVerifier verifier = ChainVerifier.deferringSignatures(keys, 0, genesis);
        records.forEach(verifier::accept);
        assertThat(verifier.defersSignatures()).isTrue();
        assertThat(verifier.report().intact()).isTrue();
        assertThat(verifier.lastAccepted()).containsSame(records.getLast());
        assertThat(SignatureCheck.DIRECT.verifies(verifier.lastAccepted().orElseThrow(), key.publicKey())).isTrue();
    }

    @Test
    void alteredBodyStillBreaksTheChainAndTheHeadIsTheRecordBeforeIt() {
        JournalRecord r = records.get(14);
        records.set(14, new JournalRecord(r.seq(), r.id(), r.kind(), CanonicalJson.of(Map.of("member", "intruder")),
                r.clock(), r.prevHash(), r.hash(), r.keyId(), r.signature()));
        ChainVerifier verifier = ChainVerifier.deferringSignatures(keys, 0, genesis);
        records.forEach(verifier::accept);
        assertThat(verifier.report().firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.seq()).isEqualTo(15);
            assertThat(b.reason()).isEqualTo(ChainBreak.Reason.HASH_MISMATCH);
        });
        assertThat(verifier.lastAccepted()).containsSame(records.get(13));
    }

    @Test
    void directVerifierChecksEverySignatureAndDoesNotDefer() {
        records.set(9, forged(records.get(9)));
        ChainVerifier verifier = new ChainVerifier(keys, 0, genesis);
        records.forEach(verifier::accept);
        assertThat(verifier.defersSignatures()).isFalse();
        assertThat(verifier.report().firstBreak()).hasValueSatisfying(
                b -> assertThat(b.reason()).isEqualTo(ChainBreak.Reason.BAD_SIGNATURE));
        assertThat(verifier.lastAccepted()).containsSame(records.get(8));
    }

    private static JournalRecord forged(JournalRecord r) {
        byte[] bytes = r.signature().bytes();
        bytes[3] ^= 1;
        return new JournalRecord(r.seq(), r.id(), r.kind(), r.body(), r.clock(), r.prevHash(), r.hash(), r.keyId(),
                Signature64.of(bytes));
    }
}
