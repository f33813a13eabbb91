package org.madang.central.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.madang.central.derived.Derived;
import org.madang.journal.JournalRecord;
import org.madang.journal.chain.Sha256;

/** Stored records, their derived rows and the refusals. */
public final class Records {

    private static final int IN_CHUNK = 500;

    private Records() {
    }

    /** The stored records of a journal with {@code from <= seq <= to}, by seq. */
    public static Map<Long, StoredRecord> stored(Connection c, String journalId, long from, long to) throws SQLException {
        Map<Long, StoredRecord> stored = new HashMap<>();
        if (from > to) {
            return stored;
        }
        try (PreparedStatement statement = c.prepareStatement(
                "SELECT seq, id, hash FROM records WHERE journal_id = ? AND seq BETWEEN ? AND ?")) {
            statement.setString(1, journalId);
            statement.setLong(2, from);
            statement.setLong(3, to);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getLong(1), new StoredRecord(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return stored;
    }

    /** Which of these record ids are already stored (by any device). */
    public static Set<String> storedIds(Connection c, Collection<String> ids) throws SQLException {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        for (int start = 0; start < all.size(); start += IN_CHUNK) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + IN_CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement statement = c.prepareStatement("SELECT id FROM records WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
        }
        return found;
    }

    /** A record to store with what it contributes. */
    public record Accepted(JournalRecord record, Derived derived) {
    }

    /**
     * Stores records and their derived rows (in the caller's transaction). On PostgreSQL the
     * records and check-ins go in as one binary {@code COPY} each and the point credits (which need
     * {@code ON CONFLICT}) as one {@code INSERT … SELECT FROM unnest(arrays)}; on SQLite, and for the rarer derived kinds, as
     * JDBC batches of one prepared statement per table. Vote and survey rows are rare and always batched.
     */
    public static void insert(Connection c, Dialect dialect, String deviceId, String journalId, List<Accepted> accepted,
            String source, Instant receivedAt) throws SQLException {
        if (accepted.isEmpty()) {
            return;
        }
        long now = receivedAt.toEpochMilli();
        List<JournalRecord> records = new ArrayList<>(accepted.size());
        List<Accepted> checkins = new ArrayList<>(accepted.size());
        List<Accepted> others = new ArrayList<>();
        for (Accepted each : accepted) {
            records.add(each.record());
            switch (each.derived()) {
                case Derived.Checkin checkin -> checkins.add(each);
                case Derived.Malformed malformed -> {
                    // Stored without derived rows; the caller lists it in the refusals.
                }
                case Derived.Nothing nothing -> {
                    // Stored only.
                }
                default -> others.add(each);
            }
        }
        if (dialect == Dialect.POSTGRESQL) {
            insertRecordsCopy(c, deviceId, journalId, records, source, now);
            insertCheckinsCopy(c, deviceId, checkins, now);
        } else {
            insertRecordsBatch(c, deviceId, journalId, records, source, now);
            insertCheckinsBatch(c, deviceId, checkins, now);
        }
        insertOthers(c, deviceId, others, source, now);
    }

    private static final String RECORD_COLUMNS = """
            journal_id, seq, device_id, id, kind, body, wall_time, boot_id, monotonic_nanos,
              wall_clock_trusted, prev_hash, hash, key_id, signature, source, received_at""";

    private static void insertRecordsBatch(Connection c, String deviceId, String journalId, List<JournalRecord> records,
            String source, long now) throws SQLException {
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        try (PreparedStatement statement = c.prepareStatement("INSERT INTO records (" + RECORD_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (JournalRecord r : records) {
                statement.setString(1, journalId);
                statement.setLong(2, r.seq());
                statement.setString(3, deviceId);
                statement.setString(4, r.id());
                statement.setString(5, r.kind().name());
                statement.setString(6, r.body().text());
                statement.setLong(7, r.clock().wallTime().toEpochMilli());
                statement.setString(8, r.clock().bootId());
                statement.setLong(9, r.clock().monotonicNanos());
                statement.setInt(10, r.clock().wallClockTrusted() ? 1 : 0);
                statement.setString(11, r.prevHash().hex());
                statement.setString(12, r.hash().hex());
                statement.setString(13, r.keyId());
                statement.setString(14, base64url.encodeToString(r.signature().bytes()));
                statement.setString(15, source);
                statement.setLong(16, now);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static final String[] RECORD_COLUMN_NAMES = RECORD_COLUMNS.strip().split(",\\s*");

    /** PostgreSQL: one binary {@code COPY}; the values as the batch path binds them. */
    private static void insertRecordsCopy(Connection c, String deviceId, String journalId, List<JournalRecord> records,
            String source, long now) throws SQLException {
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        byte[] journal = journalId.getBytes(StandardCharsets.UTF_8);
        byte[] device = deviceId.getBytes(StandardCharsets.UTF_8);
        byte[] from = source.getBytes(StandardCharsets.UTF_8);
        PgCopyRows rows = new PgCopyRows("records", RECORD_COLUMN_NAMES, records.size() * 700);
        for (JournalRecord r : records) {
            rows.row().text(journal).int8(r.seq()).text(device).text(r.id()).text(r.kind().name())
                    .text(r.body().bytes()).int8(r.clock().wallTime().toEpochMilli()).text(r.clock().bootId())
                    .int8(r.clock().monotonicNanos()).int4(r.clock().wallClockTrusted() ? 1 : 0)
                    .hex(r.prevHash().bytes()).hex(r.hash().bytes()).text(r.keyId())
                    .text(base64url.encode(r.signature().bytes())).text(from).int8(now);
        }
        rows.send(c);
    }

    // The first check-in to arrive for a credit key earns the points; a later one (the same member
    // at two offline terminals, or twice in one upload) finds the key taken.
    private static final String CREDIT_CONFLICT = " ON CONFLICT (event_id, member, day) DO NOTHING";

    private static void insertCheckinsBatch(Connection c, String deviceId, List<Accepted> accepted, long now)
            throws SQLException {
        if (accepted.isEmpty()) {
            return;
        }
        try (PreparedStatement checkins = c.prepareStatement("""
                INSERT INTO checkins (record_id, device_id, seq, event_id, member, day, points, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement credits = c.prepareStatement("""
                INSERT INTO point_credits (event_id, member, day, points, record_id) VALUES (?, ?, ?, ?, ?)"""
                        + CREDIT_CONFLICT)) {
            for (Accepted each : accepted) {
                JournalRecord r = each.record();
                Derived.Checkin checkin = (Derived.Checkin) each.derived();
                checkins.setString(1, r.id());
                checkins.setString(2, deviceId);
                checkins.setLong(3, r.seq());
                checkins.setString(4, checkin.event());
                checkins.setString(5, checkin.member());
                checkins.setString(6, checkin.day());
                checkins.setInt(7, checkin.points());
                checkins.setLong(8, now);
                checkins.addBatch();
                credits.setString(1, checkin.event());
                credits.setString(2, checkin.member());
                credits.setString(3, checkin.day());
                credits.setInt(4, checkin.points());
                credits.setString(5, r.id());
                credits.addBatch();
            }
            checkins.executeBatch();
            credits.executeBatch();
        }
    }

    private static void insertCheckinsCopy(Connection c, String deviceId, List<Accepted> accepted, long now)
            throws SQLException {
        if (accepted.isEmpty()) {
            return;
        }
        int n = accepted.size();
        String[] recordId = new String[n];
        Long[] seq = new Long[n];
        String[] event = new String[n];
        String[] member = new String[n];
        String[] day = new String[n];
        Integer[] points = new Integer[n];
        for (int i = 0; i < n; i++) {
            Accepted each = accepted.get(i);
            Derived.Checkin checkin = (Derived.Checkin) each.derived();
            recordId[i] = each.record().id();
            seq[i] = each.record().seq();
            event[i] = checkin.event();
            member[i] = checkin.member();
            day[i] = checkin.day();
            points[i] = checkin.points();
        }
        // Check-ins by binary COPY; the credits need ON CONFLICT, which COPY lacks, so they stay one unnest.
        PgCopyRows rows = new PgCopyRows("checkins", new String[] {"record_id", "device_id", "seq", "event_id", "member",
            "day", "points", "received_at"}, n * 120);
        byte[] device = deviceId.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < n; i++) {
            rows.row().text(recordId[i]).text(device).int8(seq[i]).text(event[i]).text(member[i]).text(day[i])
                    .int4(points[i]).int8(now);
        }
        rows.send(c);
        // WITH ORDINALITY … ORDER BY: the upload's first check-in for a key is the one credited.
        try (PreparedStatement credits = c.prepareStatement("""
                INSERT INTO point_credits (event_id, member, day, points, record_id)
                SELECT t.event_id, t.member, t.day, t.points, t.record_id
                FROM unnest(?::text[], ?::text[], ?::text[], ?::integer[], ?::text[])
                  WITH ORDINALITY AS t(event_id, member, day, points, record_id, n)
                ORDER BY t.n""" + CREDIT_CONFLICT)) {
            java.sql.Array recordIds = c.createArrayOf("text", recordId);
            java.sql.Array events = c.createArrayOf("text", event);
            java.sql.Array members = c.createArrayOf("text", member);
            java.sql.Array days = c.createArrayOf("text", day);
            java.sql.Array pointsArray = c.createArrayOf("int4", points);
            credits.setArray(1, events);
            credits.setArray(2, members);
            credits.setArray(3, days);
            credits.setArray(4, pointsArray);
            credits.setArray(5, recordIds);
            credits.executeUpdate();
        }
    }

    /** Poll-book entries, ballots, closing sheets, survey responses and points: rare next to check-ins. */
    private static void insertOthers(Connection c, String deviceId, List<Accepted> accepted, String source, long now)
            throws SQLException {
        if (accepted.isEmpty()) {
            return;
        }
        // Statements are prepared on first use: an upload with one vote prepares two, not one per vote and survey table.
        try (Batches batches = new Batches(c)) {
            for (Accepted each : accepted) {
                JournalRecord r = each.record();
                switch (each.derived()) {
                    case Derived.Pollbook entry -> {
                        PreparedStatement pollbook = batches.of(
                                "INSERT INTO pollbook (record_id, device_id, seq, poll_id, method, voter) VALUES (?, ?, ?, ?, ?, ?)");
                        pollbook.setString(1, r.id());
                        pollbook.setString(2, deviceId);
                        pollbook.setLong(3, r.seq());
                        pollbook.setString(4, entry.poll());
                        pollbook.setString(5, entry.method());
                        pollbook.setString(6, entry.voter());
                        pollbook.addBatch();
                    }
                    case Derived.Ballot ballot -> ballot(batches, r, deviceId, ballot.poll(), choicesJson(ballot.choices()), null);
                    case Derived.SealedBallot ballot -> ballot(batches, r, deviceId, ballot.poll(), null, ballot.sealedJson());
                    case Derived.SurveyResponse response -> {
                        PreparedStatement surveys = batches.of("INSERT INTO survey_responses (record_id, survey_id,"
                                + " order_key, member, answers) VALUES (?, ?, ?, ?, ?)");
                        surveys.setString(1, r.id());
                        surveys.setString(2, response.survey());
                        // Responses are secret: listed in the order of a hash of their id, not of arrival.
                        surveys.setString(3, Sha256.digest("madang.survey.order\n" + r.id()).hex());
                        surveys.setString(4, response.member().orElse(null));
                        surveys.setString(5, response.answers().toString());
                        surveys.addBatch();
                    }
                    case Derived.SurveyPoints claim -> {
                        PreparedStatement points = batches.of("INSERT INTO survey_points (record_id, device_id, seq,"
                                + " survey_id, member, points, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
                        points.setString(1, r.id());
                        points.setString(2, deviceId);
                        points.setLong(3, r.seq());
                        points.setString(4, claim.survey());
                        points.setString(5, claim.member());
                        points.setInt(6, claim.points());
                        points.setLong(7, now);
                        points.addBatch();
                        // The check-in ledger's rule: the first claim to arrive for (survey, member) is credited.
                        PreparedStatement credits = batches.of("INSERT INTO point_credits (event_id, member, day, points,"
                                + " record_id) VALUES (?, ?, '', ?, ?)" + CREDIT_CONFLICT);
                        credits.setString(1, SURVEY_CREDIT_PREFIX + claim.survey());
                        credits.setString(2, claim.member());
                        credits.setInt(3, claim.points());
                        credits.setString(4, r.id());
                        credits.addBatch();
                    }
                    case Derived.PollClose close -> insertClosing(c, deviceId, r, close.poll(), source, now);
                    default -> throw new IllegalStateException("not a vote or survey row: " + each.derived());
                }
            }
            batches.executeAll();
        }
    }

    /** JDBC batches, one prepared statement per SQL text, prepared on its first row and run in that order. */
    private static final class Batches implements AutoCloseable {

        private final Connection c;
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();

        Batches(Connection c) {
            this.c = c;
        }

        PreparedStatement of(String sql) throws SQLException {
            PreparedStatement statement = statements.get(sql);
            if (statement == null) {
                statement = c.prepareStatement(sql);
                statements.put(sql, statement);
            }
            return statement;
        }

        void executeAll() throws SQLException {
            for (PreparedStatement statement : statements.values()) {
                statement.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            SQLException failure = null;
            for (PreparedStatement statement : statements.values()) {
                try {
                    statement.close();
                } catch (SQLException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** The {@code point_credits.event_id} of a survey's points: no event id has a colon. */
    public static final String SURVEY_CREDIT_PREFIX = "survey:";

    private static void ballot(Batches batches, JournalRecord r, String deviceId, String poll, String choices,
            String sealed) throws SQLException {
        PreparedStatement ballots = batches.of(
                "INSERT INTO ballots (record_id, device_id, poll_id, hash, choices, sealed) VALUES (?, ?, ?, ?, ?, ?)");
        ballots.setString(1, r.id());
        ballots.setString(2, deviceId);
        ballots.setString(3, poll);
        ballots.setString(4, r.hash().hex());
        ballots.setString(5, choices);
        ballots.setString(6, sealed);
        ballots.addBatch();
    }

    private static String choicesJson(List<String> choices) {
        com.fasterxml.jackson.databind.node.ArrayNode array = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .arrayNode();
        choices.forEach(array::add);
        return array.toString();
    }

    /**
     * Stores a device's closing sheet for a poll unless one is stored for that device and poll.
     *
     * @return whether it was stored (false: a closing of this device and poll was there already)
     */
    public static boolean insertClosing(Connection c, String deviceId, JournalRecord record, String pollId,
            String source, long now) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("""
                INSERT INTO poll_closings (device_id, poll_id, record_id, seq, body, source, stored_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (device_id, poll_id) DO NOTHING""")) {
            statement.setString(1, deviceId);
            statement.setString(2, pollId);
            statement.setString(3, record.id());
            statement.setLong(4, record.seq());
            statement.setString(5, record.body().text());
            statement.setString(6, source);
            statement.setLong(7, now);
            return statement.executeUpdate() == 1;
        }
    }

    /** Stores refusals. */
    public static void refuse(Connection c, List<Refusal> refusals) throws SQLException {
        if (refusals.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = c.prepareStatement("""
                INSERT INTO refusals (device_id, seq, record_id, reason, detail, source, at) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (Refusal refusal : refusals) {
                statement.setString(1, refusal.deviceId());
                statement.setLong(2, refusal.seq());
                statement.setString(3, refusal.recordId());
                statement.setString(4, refusal.reason());
                statement.setString(5, refusal.detail());
                statement.setString(6, refusal.source());
                statement.setLong(7, refusal.at().toEpochMilli());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
