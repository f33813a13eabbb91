package org.madang.central.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.madang.central.content.PublishedContent;
import org.madang.device.content.survey.Question;
import org.madang.device.content.survey.Survey;
import org.madang.sync.api.wire.WireJson;

/**
 * Survey reports: response counts per survey, and a survey's responses as CSV with one column
 * per question of its published definition. Points claims are a separate ledger (the points
 * report): they are never in the CSV, which could otherwise link answers to members.
 */
public final class SurveyReports {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The CSV header is in Korean, as the questions' Korean text it repeats. */
    private static final String OTHER = ResourceBundle.getBundle("org.madang.central.admin.reports", Locale.KOREAN,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString("csv.other");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final PublishedContent content;

    public SurveyReports(PublishedContent content) {
        this.content = content;
    }

    /**
     * Every published survey and every survey with responses: {@code surveyId}, {@code title}
     * (null when no content defines it), {@code identified}, {@code responses}, {@code
     * pointsClaims} and {@code pointsCredited} (claims after the first per member are not credited).
     */
    public ObjectNode surveys(Connection c) throws SQLException {
        Map<String, ObjectNode> rows = new TreeMap<>();
        for (Survey survey : content.surveys(c)) {
            ObjectNode row = row(rows, survey.id());
            ObjectNode title = row.putObject("title");
            title.put("ko", survey.title().ko());
            title.put("en", survey.title().en());
            row.put("identified", survey.identified());
            row.put("points", survey.points());
            row.put("closes", survey.closes().toString());
        }
        count(c, rows, "SELECT survey_id, COUNT(*) FROM survey_responses GROUP BY survey_id", "responses");
        count(c, rows, "SELECT survey_id, COUNT(*) FROM survey_points GROUP BY survey_id", "pointsClaims");
        count(c, rows, "SELECT sp.survey_id, COUNT(*) FROM survey_points sp JOIN point_credits pc ON pc.record_id ="
                + " sp.record_id GROUP BY sp.survey_id", "pointsCredited");
        ObjectNode answer = JSON.objectNode();
        ArrayNode list = answer.putArray("surveys");
        rows.values().forEach(list::add);
        return answer;
    }

    private static ObjectNode row(Map<String, ObjectNode> rows, String surveyId) {
        return rows.computeIfAbsent(surveyId, id -> {
            ObjectNode row = JSON.objectNode();
            row.put("surveyId", id);
            row.putNull("title");
            row.put("responses", 0L);
            row.put("pointsClaims", 0L);
            row.put("pointsCredited", 0L);
            return row;
        });
    }

    private static void count(Connection c, Map<String, ObjectNode> rows, String sql, String field) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                row(rows, row.getString(1)).put(field, row.getLong(2));
            }
        }
    }

    /**
     * A survey's responses as CSV for Excel: a UTF-8 byte order mark (so Excel reads Korean), CRLF
     * lines, RFC 4180 quoting. Columns: {@code member} first for an identified survey, then one per
     * question in the published order, headed {@code "<id>: <Korean text>"}, with a {@code
     * "<id>.other"} column right after a choice question that offers "other". Multiple choice is
     * {@code a;b}. Answers to ids the definition lacks follow, sorted (none when the kiosk follows
     * the contract); without a published definition the columns are the answered ids, sorted.
     * Rows follow a hash of each record's id, never arrival order or device: responses are secret.
     */
    public byte[] csv(Connection c, String surveyId) throws SQLException {
        Optional<Survey> survey = content.survey(c, surveyId);
        List<JsonNode> answers = new ArrayList<>();
        List<String> members = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(
                "SELECT answers, member FROM survey_responses WHERE survey_id = ? ORDER BY order_key")) {
            statement.setString(1, surveyId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    try {
                        answers.add(WireJson.MAPPER.readTree(row.getString(1)));
                    } catch (IOException e) {
                        throw new SQLException("a stored survey response is not JSON", e);
                    }
                    members.add(row.getString(2));
                }
            }
        }
        List<String> ids = new ArrayList<>();
        List<String> header = new ArrayList<>();
        boolean identified = survey.map(Survey::identified).orElse(members.stream().anyMatch(m -> m != null));
        if (identified) {
            header.add("member");
        }
        Set<String> known = new LinkedHashSet<>();
        if (survey.isPresent()) {
            for (Question question : survey.get().questions()) {
                ids.add(question.id());
                header.add(question.id() + ": " + question.text().ko());
                if (question instanceof Question.Choice choice && choice.other()) {
                    ids.add(question.id() + ".other");
                    header.add(question.id() + ".other: " + question.text().ko() + " (" + OTHER + ")");
                }
            }
            known.addAll(ids);
        }
        TreeSet<String> extra = new TreeSet<>();
        answers.forEach(a -> a.fieldNames().forEachRemaining(id -> {
            if (!known.contains(id)) {
                extra.add(id);
            }
        }));
        ids.addAll(extra);
        header.addAll(extra);
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        for (int i = 0; i < answers.size(); i++) {
            List<String> cells = new ArrayList<>();
            if (identified) {
                cells.add(members.get(i) == null ? "" : members.get(i));
            }
            for (String id : ids) {
                cells.add(cell(answers.get(i).get(id)));
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
            return String.join(";", items);
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
}
