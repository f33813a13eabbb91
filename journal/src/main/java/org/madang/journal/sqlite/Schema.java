package org.madang.journal.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The journal's SQLite schema and its forward-only migrations.
 *
 * <p>The file's version lives in {@code PRAGMA user_version}; {@code PRAGMA application_id} marks
 * it as a Madang journal so a stray SQLite file is never mistaken for one. Migration {@code n}
 * takes a file from version {@code n-1} to {@code n}; migrations are never edited once released,
 * only appended. Append-only is enforced by triggers that abort, and the gapless sequence by a
 * trigger that checks every insert, so a bug in the writer cannot break either promise.
 */
final class Schema {

    /** 'MDNG' — the SQLite application id of a Madang journal. */
    static final int APPLICATION_ID = 0x4d444e47;

    private static final List<List<String>> MIGRATIONS = List.of(
            // 1: the hash-chained, signed record table.
            List.of(
                    "PRAGMA application_id = " + APPLICATION_ID,
                    """
                    CREATE TABLE journal_meta (
                      key   TEXT PRIMARY KEY,
                      value TEXT NOT NULL
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE records (
                      seq                INTEGER PRIMARY KEY CHECK (seq >= 1),
                      id                 TEXT    NOT NULL UNIQUE,
                      kind               TEXT    NOT NULL,
                      body               BLOB    NOT NULL,
                      wall_time_ms       INTEGER NOT NULL,
                      boot_id            TEXT    NOT NULL,
                      monotonic_ns       INTEGER NOT NULL,
                      wall_clock_trusted INTEGER NOT NULL CHECK (wall_clock_trusted IN (0, 1)),
                      prev_hash          BLOB    NOT NULL CHECK (length(prev_hash) = 32),
                      hash               BLOB    NOT NULL CHECK (length(hash) = 32),
                      key_id             TEXT    NOT NULL,
                      signature          BLOB    NOT NULL CHECK (length(signature) = 64)
                    )""",
                    """
                    CREATE TRIGGER records_gapless BEFORE INSERT ON records
                    WHEN NEW.seq <> COALESCE((SELECT MAX(seq) FROM records), 0) + 1
                    BEGIN SELECT RAISE(ABORT, 'journal sequence numbers are gapless'); END""",
                    """
                    CREATE TRIGGER records_no_update BEFORE UPDATE ON records
                    BEGIN SELECT RAISE(ABORT, 'journal records are append-only: UPDATE refused'); END""",
                    """
                    CREATE TRIGGER records_no_delete BEFORE DELETE ON records
                    BEGIN SELECT RAISE(ABORT, 'journal records are append-only: DELETE refused'); END""",
                    """
                    CREATE TRIGGER journal_meta_no_update BEFORE UPDATE ON journal_meta
                    BEGIN SELECT RAISE(ABORT, 'journal metadata is write-once: UPDATE refused'); END""",
                    """
                    CREATE TRIGGER journal_meta_no_delete BEFORE DELETE ON journal_meta
                    BEGIN SELECT RAISE(ABORT, 'journal metadata is write-once: DELETE refused'); END"""),
            // 2: ballot boxes. One row per box; the secrets are one shuffled JSON array rewritten
            // whole on every deposit, so neither row order nor cell position inside a page records
            // the order of deposits (docs/decisions/0004-ballot-secrecy.md).
            List.of(
                    """
                    CREATE TABLE ballot_box (
                      box_id  TEXT    PRIMARY KEY,
                      kind    TEXT    NOT NULL,
                      pending INTEGER NOT NULL CHECK (pending >= 1),
                      secrets BLOB    NOT NULL
                    ) WITHOUT ROWID"""));

    /** The schema version this software writes. */
    static final int LATEST = MIGRATIONS.size();

    private Schema() {
    }

    static int userVersion(Connection connection) throws SQLException {
        return intPragma(connection, "user_version");
    }

    static int applicationId(Connection connection) throws SQLException {
        return intPragma(connection, "application_id");
    }

    static boolean isEmptyDatabase(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rows.next() && rows.getInt(1) == 0;
        }
    }

    /**
     * Applies migrations {@code from+1 … to}, each in its own transaction with its version bump,
     * so a crash leaves the file at a whole version.
     */
    static void migrate(Connection connection, int from, int to) throws SQLException {
        for (int version = from + 1; version <= to; version++) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                try {
                    for (String sql : MIGRATIONS.get(version - 1)) {
                        statement.execute(sql);
                    }
                    statement.execute("PRAGMA user_version = " + version);
                    statement.execute("COMMIT");
                } catch (SQLException e) {
                    statement.execute("ROLLBACK");
                    throw e;
                }
            }
        }
    }

    private static int intPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
