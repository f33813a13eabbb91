package org.madang.journal.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.madang.journal.CanonicalJson;
import org.madang.journal.ClockStamp;
import org.madang.journal.JournalInfo;
import org.madang.journal.JournalRecord;
import org.madang.journal.JournalStats;
import org.madang.journal.RecordKind;
import org.madang.journal.chain.Sha256;
import org.madang.journal.signing.Signature64;

/** The read queries the writer and the readers share, over one connection. Not thread-safe. */
final class JournalQueries {

    static final String COLUMNS =
            "seq, id, kind, body, wall_time_ms, boot_id, monotonic_ns, wall_clock_trusted, prev_hash, hash, key_id, signature";

    private final Connection connection;
    private final PreparedStatement readAfter;

    JournalQueries(Connection connection) throws SQLException {
        this.connection = connection;
        this.readAfter = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM records WHERE seq > ? ORDER BY seq LIMIT ?");
    }

    JournalInfo info() throws SQLException {
        Map<String, String> meta = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT key, value FROM journal_meta")) {
            while (rows.next()) {
                meta.put(rows.getString(1), rows.getString(2));
            }
        }
        String journalId = meta.get("journal_id");
        String createdAt = meta.get("created_at");
        if (journalId == null || createdAt == null) {
            throw new SQLException("journal_meta lacks journal_id or created_at", "corrupt", 11);
        }
        return new JournalInfo(journalId, Instant.parse(createdAt), Schema.userVersion(connection));
    }

    List<JournalRecord> readAfter(long afterSeq, int maxRecords) throws SQLException {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("maxRecords must be at least 1, got " + maxRecords);
        }
        readAfter.setLong(1, afterSeq);
        readAfter.setInt(2, maxRecords);
        List<JournalRecord> records = new ArrayList<>(Math.min(maxRecords, 1024));
        try (ResultSet rows = readAfter.executeQuery()) {
            while (rows.next()) {
                records.add(toRecord(rows));
            }
        }
        return records;
    }

    static JournalRecord toRecord(ResultSet rows) throws SQLException {
        return new JournalRecord(
                rows.getLong(1),
                rows.getString(2),
                RecordKind.of(rows.getString(3)),
                CanonicalJson.fromStoredBytes(rows.getBytes(4)),
                new ClockStamp(Instant.ofEpochMilli(rows.getLong(5)), rows.getString(6), rows.getLong(7),
                        rows.getInt(8) == 1),
                Sha256.of(rows.getBytes(9)),
                Sha256.of(rows.getBytes(10)),
                rows.getString(11),
                Signature64.of(rows.getBytes(12)));
    }

    /** The last record's sequence number and hash, or empty for an empty journal. */
    Optional<JournalRecord> last() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT " + COLUMNS + " FROM records ORDER BY seq DESC LIMIT 1")) {
            return rows.next() ? Optional.of(toRecord(rows)) : Optional.empty();
        }
    }

    long lastSeq() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM records")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    int pendingSecrets(String boxId) throws SQLException {
        String sql = boxId == null
                ? "SELECT COALESCE(SUM(pending), 0) FROM ballot_box"
                : "SELECT COALESCE(SUM(pending), 0) FROM ballot_box WHERE box_id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (boxId != null) {
                statement.setString(1, boxId);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    JournalStats stats(Path file) throws SQLException {
        Map<String, Long> byKind = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT kind, count(*) FROM records GROUP BY kind ORDER BY kind")) {
            while (rows.next()) {
                byKind.put(rows.getString(1), rows.getLong(2));
            }
        }
        Optional<JournalRecord> last = last();
        return new JournalStats(last.map(JournalRecord::seq).orElse(0L), byKind, pendingSecrets(null),
                sizeOf(file) + sizeOf(file.resolveSibling(file.getFileName() + "-wal")),
                last.map(JournalRecord::clock));
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    void close() throws SQLException {
        readAfter.close();
    }
}
