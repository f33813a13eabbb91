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

    /** Stores records and their derived rows (in the caller's transaction). */
    public static void insert(Connection c, String deviceId, String journalId, List<Accepted> accepted, String source,
            Instant receivedAt) throws SQLException {
        if (accepted.isEmpty()) {
            return;
        }
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        long now = receivedAt.toEpochMilli();
        try (PreparedStatement records = c.prepareStatement("""
                INSERT INTO records (journal_id, seq, device_id, id, kind, body, wall_time, boot_id, monotonic_nanos,
                  wall_clock_trusted, prev_hash, hash, key_id, signature, source, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement checkins = c.prepareStatement("""
                INSERT INTO checkins (record_id, device_id, seq, event_id, member, day, points, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement credits = c.prepareStatement("""
                INSERT INTO point_credits (event_id, member, day, points, record_id) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (event_id, member, day) DO NOTHING""");
                PreparedStatement pollbook = c.prepareStatement(
                        "INSERT INTO pollbook (record_id, device_id, seq, poll_id, voter) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement ballots = c.prepareStatement(
                        "INSERT INTO ballot_choices (record_id, poll_id, option_id) VALUES (?, ?, ?)");
                PreparedStatement surveys = c.prepareStatement(
                        "INSERT INTO survey_responses (record_id, survey_id, order_key, answers) VALUES (?, ?, ?, ?)")) {
            int[] counts = new int[6];
            for (Accepted each : accepted) {
                JournalRecord r = each.record();
                records.setString(1, journalId);
                records.setLong(2, r.seq());
                records.setString(3, deviceId);
                records.setString(4, r.id());
                records.setString(5, r.kind().name());
                records.setString(6, new String(r.body().bytes(), StandardCharsets.UTF_8));
                records.setLong(7, r.clock().wallTime().toEpochMilli());
                records.setString(8, r.clock().bootId());
                records.setLong(9, r.clock().monotonicNanos());
                records.setInt(10, r.clock().wallClockTrusted() ? 1 : 0);
                records.setString(11, r.prevHash().hex());
                records.setString(12, r.hash().hex());
                records.setString(13, r.keyId());
                records.setString(14, base64url.encodeToString(r.signature().bytes()));
                records.setString(15, source);
                records.setLong(16, now);
                records.addBatch();
                counts[0]++;
                switch (each.derived()) {
                    case Derived.Checkin checkin -> {
                        checkins.setString(1, r.id());
                        checkins.setString(2, deviceId);
                        checkins.setLong(3, r.seq());
                        checkins.setString(4, checkin.event());
                        checkins.setString(5, checkin.member());
                        checkins.setString(6, checkin.day());
                        checkins.setInt(7, checkin.points());
                        checkins.setLong(8, now);
                        checkins.addBatch();
                        // The first check-in to arrive for a credit key earns the points; a later one
                        // (the same member at two offline terminals) finds the key taken.
                        credits.setString(1, checkin.event());
                        credits.setString(2, checkin.member());
                        credits.setString(3, checkin.day());
                        credits.setInt(4, checkin.points());
                        credits.setString(5, r.id());
                        credits.addBatch();
                        counts[1]++;
                    }
                    case Derived.Pollbook entry -> {
                        pollbook.setString(1, r.id());
                        pollbook.setString(2, deviceId);
                        pollbook.setLong(3, r.seq());
                        pollbook.setString(4, entry.poll());
                        pollbook.setString(5, entry.voter());
                        pollbook.addBatch();
                        counts[2]++;
                    }
                    case Derived.Ballot ballot -> {
                        for (String option : ballot.choices()) {
                            ballots.setString(1, r.id());
                            ballots.setString(2, ballot.poll());
                            ballots.setString(3, option);
                            ballots.addBatch();
                            counts[3]++;
                        }
                    }
                    case Derived.SurveyResponse response -> {
                        surveys.setString(1, r.id());
                        surveys.setString(2, response.survey());
                        // Responses are secret: listed in the order of a hash of their id, not of arrival.
                        surveys.setString(3, Sha256.digest("madang.survey.order\n" + r.id()).hex());
                        surveys.setString(4, response.answers().toString());
                        surveys.addBatch();
                        counts[4]++;
                    }
                    case Derived.Malformed malformed -> {
                        // Stored without derived rows; the caller lists it in the refusals.
                    }
                    case Derived.Nothing nothing -> {
                        // Stored only.
                    }
                }
            }
            records.executeBatch();
            if (counts[1] > 0) {
                checkins.executeBatch();
                credits.executeBatch();
            }
            if (counts[2] > 0) {
                pollbook.executeBatch();
            }
            if (counts[3] > 0) {
                ballots.executeBatch();
            }
            if (counts[4] > 0) {
                surveys.executeBatch();
            }
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
