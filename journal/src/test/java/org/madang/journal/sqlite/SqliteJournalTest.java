package org.madang.journal.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.journal.JournalException;
import org.madang.journal.JournalException.Failure;
import org.madang.journal.JournalOptions;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.testing.FakeDeviceClock;
import org.madang.journal.testing.TestKeys;

class SqliteJournalTest {

    @TempDir
    Path dir;

    private final Ed25519KeyPair key = TestKeys.deviceKey();

    private JournalOptions options() {
        return new JournalOptions(dir.resolve("journal.db"), key, FakeDeviceClock.standard(), new SecureRandom(), 10,
                "sqlite test");
    }

    private static RecordDraft event(String name) {
        return RecordDraft.of(RecordKind.DEVICE_EVENT, Map.of("event", name));
    }

    @Test
    void reopenedJournalContinuesTheSameChain() throws Exception {
        try (SqliteJournal journal = SqliteJournal.open(options())) {
            journal.append(event("one"));
            journal.append(event("two"));
        }
        try (SqliteJournal journal = SqliteJournal.open(options())) {
            assertThat(journal.append(event("three")).seq()).isEqualTo(3);
            assertThat(journal.readAfter(2, 1).getFirst().prevHash())
                    .isEqualTo(journal.readAfter(1, 1).getFirst().hash());
        }
    }

    @Test
    void fileIsInWalModeWithFullSynchronousCommits() throws Exception {
        try (SqliteJournal journal = SqliteJournal.open(options());
                Connection raw = DriverManager.getConnection("jdbc:sqlite:" + journal.file());
                Statement statement = raw.createStatement()) {
            journal.append(event("one"));
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
                assertThat(mode.getString(1)).isEqualTo("wal");
            }
            try (ResultSet version = statement.executeQuery("PRAGMA user_version")) {
                assertThat(version.getInt(1)).isEqualTo(Schema.LATEST);
            }
        }
    }

    @Test
    void newJournalFileIsReadableByOwnerAndGroupOnly() throws Exception {
        try (SqliteJournal journal = SqliteJournal.open(options())) {
            journal.append(event("one"));
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(journal.file()))).isEqualTo("rw-r-----");
        }
    }

    @Test
    void schemaRefusesUpdatesAndDeletesOfRecords() throws Exception {
        try (SqliteJournal journal = SqliteJournal.open(options())) {
            journal.append(event("one"));
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.db"));
                Statement statement = raw.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE records SET body = x'7b7d' WHERE seq = 1"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM records"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE journal_meta SET value = 'x'"))
                    .hasMessageContaining("write-once");
        }
    }

    @Test
    void schemaRefusesAnInsertThatLeavesAGap() throws Exception {
        try (SqliteJournal journal = SqliteJournal.open(options())) {
            journal.append(event("one"));
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.db"));
                Statement statement = raw.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "INSERT INTO records SELECT seq + 5, id || 'x', kind, body, wall_time_ms, boot_id, monotonic_ns, "
                            + "wall_clock_trusted, prev_hash, hash, key_id, signature FROM records WHERE seq = 1"))
                    .hasMessageContaining("gapless");
        }
    }

    @Test
    void secondWriterInTheSameProcessIsRefusedNamingTheHolder() throws Exception {
        try (SqliteJournal first = SqliteJournal.open(options())) {
            assertThatThrownBy(() -> SqliteJournal.open(options()))
                    .isInstanceOfSatisfying(JournalException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.LOCKED);
                        assertThat(e.getMessage()).contains("process " + ProcessHandle.current().pid())
                                .contains("sqlite test");
                    });
            // The refused attempt must not have dropped the first writer's lock.
            first.append(event("still mine"));
            assertThatThrownBy(() -> SqliteJournal.open(options())).isInstanceOf(JournalException.class);
        }
        try (SqliteJournal again = SqliteJournal.open(options())) {
            assertThat(again.lastSeq()).isEqualTo(1);
        }
    }

    @Test
    void refusesAJournalWrittenByANewerSchema() throws Exception {
        try (SqliteJournal journal = SqliteJournal.open(options())) {
            journal.append(event("one"));
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.db"));
                Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA user_version = " + (Schema.LATEST + 1));
        }

        assertThatThrownBy(() -> SqliteJournal.open(options()))
                .isInstanceOfSatisfying(JournalException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.NEWER_SCHEMA);
                    assertThat(e.getMessage()).contains("journal.db").contains("schema version " + (Schema.LATEST + 1))
                            .contains("never downgrade");
                });
        assertThatThrownBy(() -> SqliteJournalReader.open(dir.resolve("journal.db")))
                .isInstanceOfSatisfying(JournalException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.NEWER_SCHEMA));
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws Exception {
        Files.write(dir.resolve("journal.db"), "this is a text file, not a journal".repeat(200).getBytes());

        assertThatThrownBy(() -> SqliteJournal.open(options()))
                .isInstanceOfSatisfying(JournalException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CORRUPT);
                    assertThat(e.getMessage()).contains("journal.db");
                });
    }

    @Test
    void refusesAnotherApplicationsSqliteFile() throws Exception {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.db"));
                Statement statement = raw.createStatement()) {
            statement.execute("CREATE TABLE contacts (name TEXT)");
        }

        assertThatThrownBy(() -> SqliteJournal.open(options()))
                .isInstanceOfSatisfying(JournalException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CORRUPT);
                    assertThat(e.getMessage()).contains("not a Madang journal");
                });
    }

    @Test
    void refusesAJournalWhosePagesAreDamaged() throws Exception {
        try (SqliteJournal journal = SqliteJournal.open(options())) {
            for (int i = 0; i < 200; i++) {
                journal.append(event("filler " + "x".repeat(200) + i));
            }
        }
        Path file = dir.resolve("journal.db");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096 * 3; i < 4096 * 3 + 512; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(file, bytes);

        assertThatThrownBy(() -> SqliteJournal.open(options()))
                .isInstanceOfSatisfying(JournalException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CORRUPT);
                    assertThat(e.getMessage()).contains("journal.db").contains("call support");
                });
    }

    @Test
    void readerRefusesAMissingFileAndDoesNotCreateIt() {
        assertThatThrownBy(() -> SqliteJournalReader.open(dir.resolve("journal.db")))
                .isInstanceOfSatisfying(JournalException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));
        assertThat(dir.resolve("journal.db")).doesNotExist();
    }

    @Test
    void readerSeesWhatTheWriterCommitted() throws Exception {
        try (SqliteJournal journal = SqliteJournal.open(options())) {
            journal.append(event("one"));
            try (SqliteJournalReader reader = SqliteJournalReader.open(journal.file())) {
                assertThat(reader.lastSeq()).isEqualTo(1);
                journal.append(event("two"));
                assertThat(reader.readAfter(0, 10)).hasSize(2);
                assertThat(reader.info()).isEqualTo(journal.info());
            }
        }
    }

    @Test
    void readerCannotWrite() throws Exception {
        try (SqliteJournal journal = SqliteJournal.open(options())) {
            journal.append(event("one"));
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.db"),
                readOnly())) {
            assertThatThrownBy(() -> raw.createStatement().execute("CREATE TABLE x (y)"))
                    .hasMessageContaining("readonly");
        }
    }

    private static java.util.Properties readOnly() {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        return config.toProperties();
    }
}
