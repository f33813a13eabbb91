package org.madang.journal.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.journal.JournalOptions;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.KeyDirectory;
import org.madang.journal.sqlite.SqliteJournal;
import org.madang.journal.sqlite.SqliteJournalReader;
import org.madang.journal.testing.FakeDeviceClock;
import org.madang.journal.testing.TestKeys;

/**
 * Someone with the SQLite file edits it behind the journal's back (dropping the append-only
 * triggers first); verification finds each edit and names the record.
 */
class TamperingTest {

    @TempDir
    Path dir;

    private final Ed25519KeyPair key = TestKeys.deviceKey();
    private Path file;

    @BeforeEach
    void writeTenRecords() throws Exception {
        file = dir.resolve("journal.db");
        FakeDeviceClock clock = FakeDeviceClock.standard();
        try (SqliteJournal journal = SqliteJournal.open(
                new JournalOptions(file, key, clock, new SecureRandom(), 10, "tampering test"))) {
            for (int i = 1; i <= 10; i++) {
                journal.append(RecordDraft.of(RecordKind.CHECKIN, Map.of("member", "m" + i, "points", 100)));
                clock.advance(java.time.Duration.ofSeconds(30));
            }
        }
    }

    private void tamper(String... sql) throws Exception {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = raw.createStatement()) {
            statement.execute("DROP TRIGGER records_no_update");
            statement.execute("DROP TRIGGER records_no_delete");
            statement.execute("DROP TRIGGER records_gapless");
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    private VerificationReport verify(KeyDirectory keys) throws Exception {
        try (SqliteJournalReader reader = SqliteJournalReader.open(file)) {
            ChainVerifier verifier = new ChainVerifier(keys, 0, reader.info().genesisHash());
            long after = 0;
            for (var batch = reader.readAfter(after, 3); !batch.isEmpty(); batch = reader.readAfter(after, 3)) {
                for (var record : batch) {
                    verifier.accept(record);
                }
                after = batch.getLast().seq();
            }
            return verifier.report();
        }
    }

    private VerificationReport verify() throws Exception {
        return verify(KeyDirectory.of(key.publicKey()));
    }

    @Test
    void untouchedJournalVerifies() throws Exception {
        VerificationReport report = verify();

        assertThat(report.intact()).isTrue();
        assertThat(report.recordsChecked()).isEqualTo(10);
        assertThat(report.lastGoodSeq()).isEqualTo(10);
    }

    @Test
    void editedBodyIsFoundAsHashMismatchAtThatRecord() throws Exception {
        tamper("UPDATE records SET body = CAST('{\"member\":\"m4\",\"points\":10000}' AS BLOB) WHERE seq = 4");

        ChainBreak found = verify().firstBreak().orElseThrow();

        assertThat(found.seq()).isEqualTo(4);
        assertThat(found.reason()).isEqualTo(ChainBreak.Reason.HASH_MISMATCH);
        assertThat(verify().lastGoodSeq()).isEqualTo(3);
    }

    @Test
    void editedWallClockIsFoundAsHashMismatch() throws Exception {
        tamper("UPDATE records SET wall_time_ms = wall_time_ms - 86400000 WHERE seq = 7");

        assertThat(verify().firstBreak()).get().extracting(ChainBreak::seq, ChainBreak::reason)
                .containsExactly(7L, ChainBreak.Reason.HASH_MISMATCH);
    }

    @Test
    void deletedRowIsFoundAsGapNamingTheMissingRecord() throws Exception {
        tamper("DELETE FROM records WHERE seq = 5");

        ChainBreak found = verify().firstBreak().orElseThrow();

        assertThat(found.seq()).isEqualTo(5);
        assertThat(found.reason()).isEqualTo(ChainBreak.Reason.GAP);
        assertThat(found.detail()).contains("after 4 comes 6");
    }

    @Test
    void deletedRowWithRenumberedSuccessorsIsFoundAtTheFirstRenumberedRecord() throws Exception {
        tamper("DELETE FROM records WHERE seq = 5",
                "UPDATE records SET seq = seq - 1 WHERE seq > 5");

        ChainBreak found = verify().firstBreak().orElseThrow();

        assertThat(found.seq()).isEqualTo(5);
        assertThat(found.reason()).isEqualTo(ChainBreak.Reason.HASH_MISMATCH);
    }

    @Test
    void reorderedRecordsAreFound() throws Exception {
        // Swap the contents of records 6 and 7, keeping their sequence numbers.
        tamper("UPDATE records SET seq = 1006 WHERE seq = 6",
                "UPDATE records SET seq = 6 WHERE seq = 7",
                "UPDATE records SET seq = 7 WHERE seq = 1006");

        ChainBreak found = verify().firstBreak().orElseThrow();

        assertThat(found.seq()).isEqualTo(6);
        assertThat(found.reason()).isIn(ChainBreak.Reason.HASH_MISMATCH, ChainBreak.Reason.CHAIN_BROKEN);
    }

    @Test
    void recordRehashedAfterAnEditIsFoundAsChainBreakOrBadSignature() throws Exception {
        // A careful forger recomputes the edited record's hash (but has no device key).
        VerificationReport before = verify();
        assertThat(before.intact()).isTrue();
        try (SqliteJournalReader reader = SqliteJournalReader.open(file)) {
            var record = reader.readAfter(2, 1).getFirst();
            var forgedBody = org.madang.journal.CanonicalJson.of(Map.of("member", "m3", "points", 9999));
            Sha256 forgedHash = RecordHasher.hash(record.seq(), record.id(), record.kind(), forgedBody,
                    record.clock(), record.prevHash(), record.keyId());
            tamper("UPDATE records SET body = x'" + java.util.HexFormat.of().formatHex(forgedBody.bytes())
                    + "', hash = x'" + forgedHash.hex() + "' WHERE seq = 3");
        }

        ChainBreak found = verify().firstBreak().orElseThrow();

        assertThat(found.seq()).isEqualTo(3);
        assertThat(found.reason()).isEqualTo(ChainBreak.Reason.BAD_SIGNATURE);
    }

    @Test
    void swappedSignaturesAreFoundAsBadSignatureAtTheFirst() throws Exception {
        tamper("UPDATE records SET signature = (SELECT signature FROM records WHERE seq = 9) WHERE seq = 8");

        ChainBreak found = verify().firstBreak().orElseThrow();

        assertThat(found.seq()).isEqualTo(8);
        assertThat(found.reason()).isEqualTo(ChainBreak.Reason.BAD_SIGNATURE);
    }

    @Test
    void recordSignedByAnUntrustedKeyIsFoundAsUnknownKey() throws Exception {
        VerificationReport report = verify(KeyDirectory.of(TestKeys.deviceKey().publicKey()));

        assertThat(report.firstBreak()).get().extracting(ChainBreak::seq, ChainBreak::reason)
                .containsExactly(1L, ChainBreak.Reason.UNKNOWN_KEY);
    }
}
