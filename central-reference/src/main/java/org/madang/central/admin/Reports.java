package org.madang.central.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.madang.central.store.Database;
import org.madang.central.store.Records;

/** The admin API's answers about devices, refusals, check-ins, points and duplicates, read from the derived tables. */
public final class Reports {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Database database;

    public Reports(Database database) {
        this.database = database;
    }

    /** Every enrolled device with its upload position, health (from heartbeats) and refusals. */
    public ArrayNode devices() throws SQLException {
        return database.transaction(c -> {
            ArrayNode devices = JSON.arrayNode();
            try (PreparedStatement statement = c.prepareStatement("""
                    SELECT d.device_id, d.site_code, d.roles, d.key_id, d.enrolled_at, d.last_seen_at, d.software_version,
                      j.stored_through, d.records_waiting, d.disk_free_bytes, d.last_error, d.journal_id,
                      d.journal_records, d.clock_offset_millis,
                      (SELECT COUNT(*) FROM refusals r WHERE r.device_id = d.device_id)
                    FROM devices d LEFT JOIN journals j ON j.journal_id = d.journal_id ORDER BY d.device_id""");
                    ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ObjectNode device = devices.addObject();
                    device.put("deviceId", row.getString(1));
                    device.put("siteCode", row.getString(2));
                    ArrayNode roles = device.putArray("roles");
                    for (String role : row.getString(3).split(",")) {
                        roles.add(role);
                    }
                    device.put("keyId", row.getString(4));
                    device.put("enrolledAt", Instant.ofEpochMilli(row.getLong(5)).toString());
                    putInstant(device, "lastSeenAt", row, 6);
                    device.put("softwareVersion", row.getString(7));
                    device.put("storedThrough", row.getLong(8));
                    putLong(device, "recordsWaiting", row, 9);
                    putLong(device, "diskFreeBytes", row, 10);
                    device.put("lastError", row.getString(11));
                    device.put("journalId", row.getString(12));
                    putLong(device, "journalRecords", row, 13);
                    putLong(device, "clockOffsetMillis", row, 14);
                    device.put("refusals", row.getLong(15));
                }
            }
            return devices;
        });
    }

    /** Refused records (and records stored without derived data), newest first; of one device if given. */
    public ArrayNode refusals(Optional<String> deviceId) throws SQLException {
        return database.transaction(c -> {
            ArrayNode refusals = JSON.arrayNode();
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT device_id, seq, record_id, reason, detail, source, at FROM refusals"
                            + (deviceId.isPresent() ? " WHERE device_id = ?" : "") + " ORDER BY refusal_id DESC")) {
                if (deviceId.isPresent()) {
                    statement.setString(1, deviceId.get());
                }
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        ObjectNode refusal = refusals.addObject();
                        refusal.put("deviceId", row.getString(1));
                        refusal.put("seq", row.getLong(2));
                        refusal.put("recordId", row.getString(3));
                        refusal.put("reason", row.getString(4));
                        refusal.put("detail", row.getString(5));
                        refusal.put("source", row.getString(6));
                        refusal.put("at", Instant.ofEpochMilli(row.getLong(7)).toString());
                    }
                }
            }
            return refusals;
        });
    }

    /** An event's check-ins: those credited with points and the duplicates that were not. */
    public ObjectNode checkins(String eventId) throws SQLException {
        return database.transaction(c -> {
            ObjectNode answer = JSON.objectNode();
            answer.put("eventId", eventId);
            ArrayNode credited = answer.putArray("credited");
            ArrayNode duplicates = answer.putArray("duplicates");
            try (PreparedStatement statement = c.prepareStatement("""
                    SELECT ch.record_id, ch.device_id, ch.seq, ch.member, ch.day, ch.points,
                      CASE WHEN pc.record_id IS NULL THEN 0 ELSE 1 END
                    FROM checkins ch LEFT JOIN point_credits pc ON pc.record_id = ch.record_id
                    WHERE ch.event_id = ? ORDER BY ch.received_at, ch.device_id, ch.seq""")) {
                statement.setString(1, eventId);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        ObjectNode checkin = (row.getInt(7) == 1 ? credited : duplicates).addObject();
                        checkin.put("member", row.getString(4));
                        if (!row.getString(5).isEmpty()) {
                            checkin.put("day", row.getString(5));
                        }
                        checkin.put("points", row.getInt(6));
                        checkin.put("deviceId", row.getString(2));
                        checkin.put("seq", row.getLong(3));
                        checkin.put("recordId", row.getString(1));
                    }
                }
            }
            answer.put("creditedCount", credited.size());
            answer.put("duplicateCount", duplicates.size());
            return answer;
        });
    }

    /** Per member pseudonym: total points and the credits they come from. */
    public ObjectNode points() throws SQLException {
        return database.transaction(c -> {
            Map<String, ObjectNode> members = new LinkedHashMap<>();
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT member, event_id, day, points FROM point_credits ORDER BY member, event_id, day");
                    ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ObjectNode member = members.computeIfAbsent(row.getString(1), m -> {
                        ObjectNode node = JSON.objectNode();
                        node.put("member", m);
                        node.put("totalPoints", 0L);
                        node.putArray("credits");
                        return node;
                    });
                    member.put("totalPoints", member.get("totalPoints").asLong() + row.getInt(4));
                    ObjectNode credit = ((ArrayNode) member.get("credits")).addObject();
                    if (row.getString(2).startsWith(Records.SURVEY_CREDIT_PREFIX)) {
                        credit.put("surveyId", row.getString(2).substring(Records.SURVEY_CREDIT_PREFIX.length()));
                    } else {
                        credit.put("eventId", row.getString(2));
                    }
                    if (!row.getString(3).isEmpty()) {
                        credit.put("day", row.getString(3));
                    }
                    credit.put("points", row.getInt(4));
                }
            }
            ObjectNode answer = JSON.objectNode();
            ArrayNode list = answer.putArray("members");
            members.values().forEach(list::add);
            return answer;
        });
    }

    /**
     * Check-ins that earned no points because another check-in (usually at another terminal,
     * offline) was credited first, voters (members and vouchers, not staff) with more than one
     * poll-book entry for a poll, and survey points claimed again after a first credited claim.
     */
    public ObjectNode duplicates() throws SQLException {
        return database.transaction(c -> {
            ObjectNode answer = JSON.objectNode();
            ArrayNode checkins = answer.putArray("checkins");
            try (PreparedStatement statement = c.prepareStatement("""
                    SELECT ch.event_id, ch.member, ch.day, ch.device_id, ch.seq, ch.record_id,
                      cr.device_id, cr.seq, cr.record_id
                    FROM checkins ch
                    JOIN point_credits pc ON pc.event_id = ch.event_id AND pc.member = ch.member AND pc.day = ch.day
                    JOIN checkins cr ON cr.record_id = pc.record_id
                    WHERE pc.record_id <> ch.record_id
                    ORDER BY ch.event_id, ch.member, ch.day, ch.received_at, ch.device_id, ch.seq""");
                    ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ObjectNode duplicate = checkins.addObject();
                    duplicate.put("eventId", row.getString(1));
                    duplicate.put("member", row.getString(2));
                    if (!row.getString(3).isEmpty()) {
                        duplicate.put("day", row.getString(3));
                    }
                    duplicate.set("duplicate", ref(row, 4));
                    duplicate.set("credited", ref(row, 7));
                }
            }
            ArrayNode voters = answer.putArray("voters");
            try (PreparedStatement statement = c.prepareStatement("""
                    SELECT p.poll_id, p.voter, p.device_id, p.seq, p.record_id FROM pollbook p
                    JOIN (SELECT poll_id, voter FROM pollbook WHERE method <> 'staff'
                          GROUP BY poll_id, voter HAVING COUNT(*) > 1) d
                      ON d.poll_id = p.poll_id AND d.voter = p.voter
                    ORDER BY p.poll_id, p.voter, p.device_id, p.seq""");
                    ResultSet row = statement.executeQuery()) {
                ObjectNode current = null;
                while (row.next()) {
                    if (current == null || !current.get("pollId").asText().equals(row.getString(1))
                            || !current.get("voter").asText().equals(row.getString(2))) {
                        current = voters.addObject();
                        current.put("pollId", row.getString(1));
                        current.put("voter", row.getString(2));
                        current.putArray("entries");
                    }
                    ((ArrayNode) current.get("entries")).add(ref(row, 3));
                }
            }
            ArrayNode surveyPoints = answer.putArray("surveyPoints");
            try (PreparedStatement statement = c.prepareStatement("""
                    SELECT sp.survey_id, sp.member, sp.device_id, sp.seq, sp.record_id, cr.device_id, cr.seq, cr.record_id
                    FROM survey_points sp
                    JOIN point_credits pc ON pc.event_id = ? || sp.survey_id AND pc.member = sp.member AND pc.day = ''
                    JOIN survey_points cr ON cr.record_id = pc.record_id
                    WHERE pc.record_id <> sp.record_id
                    ORDER BY sp.survey_id, sp.member, sp.received_at, sp.device_id, sp.seq""")) {
                statement.setString(1, Records.SURVEY_CREDIT_PREFIX);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        ObjectNode duplicate = surveyPoints.addObject();
                        duplicate.put("surveyId", row.getString(1));
                        duplicate.put("member", row.getString(2));
                        duplicate.set("duplicate", ref(row, 3));
                        duplicate.set("credited", ref(row, 6));
                    }
                }
            }
            return answer;
        });
    }

    private static ObjectNode ref(ResultSet row, int first) throws SQLException {
        ObjectNode ref = JSON.objectNode();
        ref.put("deviceId", row.getString(first));
        ref.put("seq", row.getLong(first + 1));
        ref.put("recordId", row.getString(first + 2));
        return ref;
    }

    private static void putInstant(ObjectNode node, String field, ResultSet row, int column) throws SQLException {
        long millis = row.getLong(column);
        if (row.wasNull()) {
            node.putNull(field);
        } else {
            node.put(field, Instant.ofEpochMilli(millis).toString());
        }
    }

    private static void putLong(ObjectNode node, String field, ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        if (row.wasNull()) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
