package org.madang.central.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The central's tables, the same for both dialects but for the identity column. Times are
 * milliseconds since the epoch (UTC); hashes lower-case hex; booleans 0/1.
 *
 * <p>{@code records} is the devices' truth, keyed by journal and sequence number; everything
 * else but devices, codes, content and nonces is derived from it and could be rebuilt.
 */
final class Schema {

    // 2: poll-book methods, plain and sealed ballots, survey members and points, closing sheets.
    static final int VERSION = 2;

    private Schema() {
    }

    private static List<String> statements(Dialect dialect) {
        return List.of(
                "CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL)",
                """
                CREATE TABLE IF NOT EXISTS devices (
                  device_id TEXT PRIMARY KEY,
                  site_code TEXT NOT NULL,
                  roles TEXT NOT NULL,
                  key_id TEXT NOT NULL UNIQUE,
                  public_key TEXT NOT NULL,
                  enrolled_at BIGINT NOT NULL,
                  journal_id TEXT,
                  last_seen_at BIGINT,
                  software_version TEXT,
                  journal_records BIGINT,
                  records_waiting BIGINT,
                  disk_free_bytes BIGINT,
                  last_error TEXT,
                  clock_offset_millis BIGINT)""",
                """
                CREATE TABLE IF NOT EXISTS journals (
                  journal_id TEXT PRIMARY KEY,
                  device_id TEXT NOT NULL,
                  stored_through BIGINT NOT NULL,
                  stored_hash TEXT NOT NULL)""",
                """
                CREATE TABLE IF NOT EXISTS records (
                  journal_id TEXT NOT NULL,
                  seq BIGINT NOT NULL,
                  device_id TEXT NOT NULL,
                  id TEXT NOT NULL UNIQUE,
                  kind TEXT NOT NULL,
                  body TEXT NOT NULL,
                  wall_time BIGINT NOT NULL,
                  boot_id TEXT NOT NULL,
                  monotonic_nanos BIGINT NOT NULL,
                  wall_clock_trusted INTEGER NOT NULL,
                  prev_hash TEXT NOT NULL,
                  hash TEXT NOT NULL,
                  key_id TEXT NOT NULL,
                  signature TEXT NOT NULL,
                  source TEXT NOT NULL,
                  received_at BIGINT NOT NULL,
                  PRIMARY KEY (journal_id, seq))""",
                """
                CREATE TABLE IF NOT EXISTS enrollment_codes (
                  code_hash TEXT PRIMARY KEY,
                  site_code TEXT NOT NULL,
                  roles TEXT NOT NULL,
                  created_at BIGINT NOT NULL,
                  expires_at BIGINT NOT NULL,
                  used_at BIGINT,
                  used_by TEXT)""",
                """
                CREATE TABLE IF NOT EXISTS nonces (
                  key_id TEXT NOT NULL,
                  nonce TEXT NOT NULL,
                  seen_at BIGINT NOT NULL,
                  PRIMARY KEY (key_id, nonce))""",
                "CREATE INDEX IF NOT EXISTS nonces_seen_at ON nonces (seen_at)",
                """
                CREATE TABLE IF NOT EXISTS content (
                  version INTEGER PRIMARY KEY,
                  issued_at BIGINT NOT NULL,
                  payload TEXT NOT NULL,
                  jws TEXT NOT NULL)""",
                """
                CREATE TABLE IF NOT EXISTS refusals (
                  refusal_id %s,
                  device_id TEXT NOT NULL,
                  seq BIGINT NOT NULL,
                  record_id TEXT NOT NULL,
                  reason TEXT NOT NULL,
                  detail TEXT NOT NULL,
                  source TEXT NOT NULL,
                  at BIGINT NOT NULL)""".formatted(dialect.identityColumn()),
                "CREATE INDEX IF NOT EXISTS refusals_device ON refusals (device_id)",
                """
                CREATE TABLE IF NOT EXISTS checkins (
                  record_id TEXT PRIMARY KEY,
                  device_id TEXT NOT NULL,
                  seq BIGINT NOT NULL,
                  event_id TEXT NOT NULL,
                  member TEXT NOT NULL,
                  day TEXT NOT NULL,
                  points INTEGER NOT NULL,
                  received_at BIGINT NOT NULL)""",
                "CREATE INDEX IF NOT EXISTS checkins_event ON checkins (event_id)",
                """
                CREATE TABLE IF NOT EXISTS point_credits (
                  event_id TEXT NOT NULL,
                  member TEXT NOT NULL,
                  day TEXT NOT NULL,
                  points INTEGER NOT NULL,
                  record_id TEXT NOT NULL,
                  PRIMARY KEY (event_id, member, day))""",
                """
                CREATE TABLE IF NOT EXISTS pollbook (
                  record_id TEXT PRIMARY KEY,
                  device_id TEXT NOT NULL,
                  seq BIGINT NOT NULL,
                  poll_id TEXT NOT NULL,
                  method TEXT NOT NULL,
                  voter TEXT NOT NULL)""",
                "CREATE INDEX IF NOT EXISTS pollbook_voter ON pollbook (poll_id, voter)",
                // One row per ballot record: choices (JSON array) for a plain ballot, the sealed
                // object as the device wrote it for a sealed one; the record hash for the box hash.
                """
                CREATE TABLE IF NOT EXISTS ballots (
                  record_id TEXT PRIMARY KEY,
                  device_id TEXT NOT NULL,
                  poll_id TEXT NOT NULL,
                  hash TEXT NOT NULL,
                  choices TEXT,
                  sealed TEXT)""",
                "CREATE INDEX IF NOT EXISTS ballots_poll ON ballots (poll_id, device_id)",
                """
                CREATE TABLE IF NOT EXISTS survey_responses (
                  record_id TEXT PRIMARY KEY,
                  survey_id TEXT NOT NULL,
                  order_key TEXT NOT NULL,
                  member TEXT,
                  answers TEXT NOT NULL)""",
                // Survey points claims; the credit is a point_credits row keyed ("survey:" + id, member, "").
                """
                CREATE TABLE IF NOT EXISTS survey_points (
                  record_id TEXT PRIMARY KEY,
                  device_id TEXT NOT NULL,
                  seq BIGINT NOT NULL,
                  survey_id TEXT NOT NULL,
                  member TEXT NOT NULL,
                  points INTEGER NOT NULL,
                  received_at BIGINT NOT NULL)""",
                "CREATE INDEX IF NOT EXISTS survey_points_survey ON survey_points (survey_id)",
                // A terminal's closing sheet per poll, synced or scanned from its QR (source "upload" or "qr").
                """
                CREATE TABLE IF NOT EXISTS poll_closings (
                  device_id TEXT NOT NULL,
                  poll_id TEXT NOT NULL,
                  record_id TEXT NOT NULL,
                  seq BIGINT NOT NULL,
                  body TEXT NOT NULL,
                  source TEXT NOT NULL,
                  stored_at BIGINT NOT NULL,
                  PRIMARY KEY (device_id, poll_id))""",
                "CREATE INDEX IF NOT EXISTS survey_responses_survey ON survey_responses (survey_id, order_key)");
    }

    /** Creates missing tables and refuses a database written by another schema version. */
    static void create(Database database) throws SQLException {
        database.transaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(database.dialect())) {
                    statement.execute(sql);
                }
                try (ResultSet rows = statement.executeQuery("SELECT version FROM schema_info")) {
                    if (!rows.next()) {
                        statement.execute("INSERT INTO schema_info (version) VALUES (" + VERSION + ")");
                    } else if (rows.getInt(1) != VERSION) {
                        throw new SQLException("the database has schema version " + rows.getInt(1)
                                + " but this central reads version " + VERSION
                                + ": use the central software that wrote it, or a new database");
                    }
                }
            }
            return null;
        });
    }
}
