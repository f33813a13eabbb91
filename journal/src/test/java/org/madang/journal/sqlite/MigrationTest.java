package org.madang.journal.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.madang.journal.CanonicalJson;
import org.madang.journal.JournalOptions;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.SecretDraft;
import org.madang.journal.chain.ChainVerifier;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.KeyDirectory;
import org.madang.journal.testing.FakeDeviceClock;
import org.madang.journal.testing.TestKeys;

/** Every earlier schema version migrates forward to the current one, keeping its records. */
class MigrationTest {

    @TempDir
    Path dir;

    static IntStream earlierVersions() {
        return IntStream.range(0, Schema.LATEST);
    }

    @ParameterizedTest(name = "from schema version {0}")
    @MethodSource("earlierVersions")
    void migratesFromEarlierVersionKeepingRecordsAndChain(int fromVersion) throws Exception {
        Path file = dir.resolve("journal.db");
        Ed25519KeyPair key = TestKeys.deviceKey();
        JournalOptions options = new JournalOptions(file, key, FakeDeviceClock.standard(), new SecureRandom(), 3,
                "migration test");
        if (fromVersion >= 1) {
            // Write records with the current writer, then wind the schema back to fromVersion
            // by rebuilding the file at that version and copying the version-1 tables over.
            try (SqliteJournal journal = SqliteJournal.open(options)) {
                journal.append(RecordDraft.of(RecordKind.DEVICE_EVENT, Map.of("event", "before migration")));
            }
            rebuildAtVersion(file, fromVersion);
        }

        try (SqliteJournal journal = SqliteJournal.open(options)) {
            long before = journal.lastSeq();
            journal.append(RecordDraft.of(RecordKind.DEVICE_EVENT, Map.of("event", "after migration")));
            journal.deposit(null, new SecretDraft("poll:p", RecordKind.VOTE_BALLOT, CanonicalJson.of(Map.of("c", 1))));

            assertThat(journal.info().schemaVersion()).isEqualTo(Schema.LATEST);
            assertThat(journal.lastSeq()).isEqualTo(before + 1);
            assertThat(journal.pendingInBox("poll:p")).isEqualTo(1);
            ChainVerifier verifier = new ChainVerifier(KeyDirectory.of(key.publicKey()), 0, journal.info().genesisHash());
            journal.readAfter(0, 100).forEach(verifier::accept);
            assertThat(verifier.report().intact()).isTrue();
        }
    }

    /** Replaces {@code file} by a file at schema {@code version} holding the same records and metadata. */
    private void rebuildAtVersion(Path file, int version) throws Exception {
        Path old = dir.resolve("old.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + old)) {
            Schema.migrate(connection, 0, version);
            try (var statement = connection.createStatement()) {
                statement.execute("ATTACH DATABASE '" + file + "' AS current");
                statement.execute("INSERT INTO journal_meta SELECT * FROM current.journal_meta");
                statement.execute("INSERT INTO records SELECT * FROM current.records");
                statement.execute("DETACH DATABASE current");
            }
        }
        java.nio.file.Files.delete(file);
        java.nio.file.Files.move(old, file);
    }
}
