package org.madang.central.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.madang.central.store.Database;
import org.madang.central.store.Publication;
import org.madang.central.store.Publications;
import org.madang.sync.api.wire.WireJson;

/** The admin API's answers, as JSON trees (and the survey CSV), read from the derived tables. */
public final class Reports {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Database database;
    private final Clock clock;

    public Reports(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
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
                    credit.put("eventId", row.getString(2));
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
     * A poll's turnout (distinct voters) and, once the poll has closed according to the latest
     * published content ({@code polls[].closesAt}), its results; before that, or for a poll the
     * content does not name, only when results become available.
     */
    public ObjectNode poll(String pollId) throws SQLException {
        return database.transaction(c -> {
            ObjectNode answer = JSON.objectNode();
            answer.put("pollId", pollId);
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT COUNT(DISTINCT voter) FROM pollbook WHERE poll_id = ?")) {
                statement.setString(1, pollId);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    answer.put("turnout", row.getLong(1));
                }
            }
            Optional<Instant> closesAt = closesAt(c, pollId);
            if (closesAt.isEmpty() || clock.instant().isBefore(closesAt.get())) {
                // Nobody, not even the admin, sees a running tally: it could sway the vote.
                if (closesAt.isPresent()) {
                    answer.put("resultsAvailableAt", closesAt.get().toString());
                } else {
                    answer.putNull("resultsAvailableAt");
                    answer.put("note", "no published content names poll " + pollId + " with a closesAt time");
                }
                return answer;
            }
            answer.put("closedAt", closesAt.get().toString());
            ObjectNode results = answer.putObject("results");
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT option_id, COUNT(*) FROM ballot_choices WHERE poll_id = ? GROUP BY option_id ORDER BY option_id")) {
                statement.setString(1, pollId);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        results.put(row.getString(1), row.getLong(2));
                    }
                }
            }
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT COUNT(DISTINCT record_id) FROM ballot_choices WHERE poll_id = ?")) {
                statement.setString(1, pollId);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    answer.put("ballots", row.getLong(1));
                }
            }
            return answer;
        });
    }

    private static Optional<Instant> closesAt(Connection c, String pollId) throws SQLException {
        Optional<Publication> latest = Publications.latest(c);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        JsonNode payload;
        try {
            payload = WireJson.MAPPER.readTree(latest.get().payload());
        } catch (java.io.IOException e) {
            throw new SQLException("stored content version " + latest.get().version() + " is not JSON", e);
        }
        for (JsonNode poll : payload.path("polls")) {
            if (pollId.equals(poll.path("id").asText(null)) && poll.path("closesAt").isTextual()) {
                try {
                    return Optional.of(OffsetDateTime.parse(poll.get("closesAt").asText()).toInstant());
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Check-ins that earned no points because another check-in (usually at another terminal,
     * offline) was credited first, and voters with more than one poll-book entry for a poll.
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
                    JOIN (SELECT poll_id, voter FROM pollbook GROUP BY poll_id, voter HAVING COUNT(*) > 1) d
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

    /**
     * A survey's responses as CSV for Excel: a UTF-8 byte order mark (so Excel reads Korean), a
     * header of the question ids (sorted), one row per response with RFC 4180 quoting and CRLF.
     * Rows follow a hash of each record's id, never arrival order or device: responses are secret.
     * A list answer is its items joined with "; ".
     */
    public byte[] surveyCsv(String surveyId) throws SQLException {
        List<JsonNode> responses = database.transaction(c -> {
            List<JsonNode> rows = new ArrayList<>();
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT answers FROM survey_responses WHERE survey_id = ? ORDER BY order_key")) {
                statement.setString(1, surveyId);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        try {
                            rows.add(WireJson.MAPPER.readTree(row.getString(1)));
                        } catch (java.io.IOException e) {
                            throw new SQLException("a stored survey response is not JSON", e);
                        }
                    }
                }
            }
            return rows;
        });
        TreeSet<String> questions = new TreeSet<>();
        responses.forEach(answers -> answers.fieldNames().forEachRemaining(questions::add));
        StringBuilder csv = new StringBuilder();
        line(csv, new ArrayList<>(questions));
        for (JsonNode answers : responses) {
            List<String> cells = new ArrayList<>();
            for (String question : questions) {
                cells.add(cell(answers.get(question)));
            }
            line(csv, cells);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String cell(JsonNode answer) {
        if (answer == null || answer.isNull()) {
            return "";
        }
        if (answer.isArray()) {
            List<String> items = new ArrayList<>();
            answer.forEach(item -> items.add(item.asText()));
            return String.join("; ", items);
        }
        return answer.asText();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells.get(i);
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(cell);
            }
        }
        csv.append("\r\n");
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
