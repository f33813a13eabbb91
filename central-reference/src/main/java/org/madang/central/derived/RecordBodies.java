package org.madang.central.derived;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;

/**
 * Reads record bodies into {@link Derived} data; never throws for a bad body.
 *
 * <p>Check-ins, nearly all records, are read with Jackson's streaming parser straight from the
 * body bytes (a tree per body cost as much as decoding the whole upload). Anything a check-in
 * body does unusually (a field of the wrong type, a bad value, invalid JSON) falls back to the
 * tree reader, which alone decides what is malformed and words the message.
 */
public final class RecordBodies {

    /** A check-in's limit names, as in content bundles ({@code CheckinLimit#contentName}). */
    public static final String ONCE_PER_EVENT = "once-per-event";
    /** Credited once per member per calendar day (Asia/Seoul, as the device wrote it). */
    public static final String ONCE_PER_DAY = "once-per-day";

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper TREES = JsonMapper.builder().build();
    private static final Set<String> READ_KINDS = Set.of(RecordKind.CHECKIN.name(), RecordKind.VOTE_POLLBOOK.name(),
            RecordKind.VOTE_BALLOT.name(), RecordKind.VOTE_CLOSE.name(), RecordKind.SURVEY_RESPONSE.name(),
            RecordKind.SURVEY_POINTS.name());
    private static final Set<String> METHODS = Set.of("member", "voucher", "staff");
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    private RecordBodies() {
    }

    /** What {@code record} contributes to the derived tables. */
    public static Derived read(JournalRecord record) {
        String kind = record.kind().name();
        // Check-ins are nearly every record: compare against the one kind first, then the rare ones.
        if (kind.equals(RecordKind.CHECKIN.name())) {
            Derived.Checkin fast = streamedCheckin(record.body().bytes());
            if (fast != null) {
                return fast;
            }
        } else if (!READ_KINDS.contains(kind)) {
            return new Derived.Nothing();
        }
        JsonNode body;
        try {
            body = record.body().tree();
        } catch (RuntimeException e) {
            return new Derived.Malformed("the body is not JSON");
        }
        try {
            if (!body.isObject()) {
                throw new IllegalArgumentException("must be a JSON object, got " + body.getNodeType());
            }
            return switch (kind) {
                case "checkin" -> checkin(body);
                case "vote.pollbook" -> pollbook(body);
                case "vote.ballot" -> ballot(body);
                case "vote.close" -> close(body);
                case "survey.points" -> surveyPoints(body);
                default -> survey(body);
            };
        } catch (IllegalArgumentException e) {
            return new Derived.Malformed(kind + " body: " + e.getMessage());
        }
    }

    /** A stored {@code vote.close} body: {@link Derived.PollClose} or {@link Derived.Malformed}. */
    public static Derived pollClose(String body) {
        try {
            JsonNode tree = TREES.readTree(body);
            return tree != null && tree.isObject() ? close(tree) : new Derived.Malformed("vote.close body: not an object");
        } catch (IOException e) {
            return new Derived.Malformed("the body is not JSON");
        } catch (IllegalArgumentException e) {
            return new Derived.Malformed("vote.close body: " + e.getMessage());
        }
    }

    /**
     * A well-formed check-in read in one streaming pass, or null when the body is anything else
     * (the tree reader then gives the verdict). Duplicate keys keep the last value, as the tree does.
     */
    static Derived.Checkin streamedCheckin(byte[] body) {
        String event = null;
        String member = null;
        String limit = null;
        String day = null;
        int points = -1;
        try (JsonParser in = JSON.createParser(body)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonToken token;
            while ((token = in.nextToken()) == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                JsonToken value = in.nextToken();
                switch (field) {
                    case "event", "member", "limit", "day" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            return null;
                        }
                        String text = in.getText();
                        switch (field) {
                            case "event" -> event = text;
                            case "member" -> member = text;
                            case "limit" -> limit = text;
                            default -> day = text;
                        }
                    }
                    case "points" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT || in.getNumberType() != JsonParser.NumberType.INT) {
                            return null;
                        }
                        points = in.getIntValue();
                    }
                    default -> in.skipChildren();
                }
            }
            if (token != JsonToken.END_OBJECT) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        if (event == null || event.isBlank() || member == null || member.isBlank() || limit == null || limit.isBlank()
                || day == null || points < 0 || !isIsoDate(day)) {
            return null;
        }
        return switch (limit) {
            case ONCE_PER_EVENT -> new Derived.Checkin(event, member, points, "");
            case ONCE_PER_DAY -> new Derived.Checkin(event, member, points, day);
            default -> null;
        };
    }

    /** {@code YYYY-MM-DD} naming a real date: what {@link LocalDate#parse} accepts in ten characters. */
    private static boolean isIsoDate(String day) {
        if (day.length() != 10 || day.charAt(4) != '-' || day.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (day.charAt(i) < '0' || day.charAt(i) > '9')) {
                return false;
            }
        }
        try {
            LocalDate.of(Integer.parseInt(day, 0, 4, 10), Integer.parseInt(day, 5, 7, 10),
                    Integer.parseInt(day, 8, 10, 10));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Derived checkin(JsonNode body) {
        String event = text(body, "event");
        String member = text(body, "member");
        int points = points(body);
        String limit = text(body, "limit");
        String day = text(body, "day");
        try {
            LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'day' must be YYYY-MM-DD, got '" + day + "'", e);
        }
        return switch (limit) {
            case ONCE_PER_EVENT -> new Derived.Checkin(event, member, points, "");
            case ONCE_PER_DAY -> new Derived.Checkin(event, member, points, day);
            default -> throw new IllegalArgumentException("'limit' must be " + ONCE_PER_EVENT + " or " + ONCE_PER_DAY
                    + ", got '" + limit + "'");
        };
    }

    private static Derived pollbook(JsonNode body) {
        String poll = text(body, "poll");
        String method = text(body, "method");
        String voter = text(body, "voter");
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("'method' must be member, voucher or staff, got '" + method + "'");
        }
        // The prefix keeps a voucher serial from ever equalling a member pseudonym, and marks staff ballots.
        if (method.equals("voucher") != voter.startsWith("voucher:") || method.equals("staff") != voter.startsWith("staff:")) {
            throw new IllegalArgumentException("'voter' of a " + method + " entry must "
                    + switch (method) {
                        case "voucher" -> "be voucher:<serial>";
                        case "staff" -> "be staff:<sub>";
                        default -> "be a member pseudonym (no voucher: or staff: prefix)";
                    } + ", got '" + voter + "'");
        }
        return new Derived.Pollbook(poll, method, voter);
    }

    private static Derived ballot(JsonNode body) {
        String poll = text(body, "poll");
        JsonNode sealed = body.get("sealed");
        JsonNode choices = body.get("choices");
        if (sealed != null && choices != null) {
            throw new IllegalArgumentException("has both 'choices' and 'sealed'; a ballot is plain or sealed");
        }
        if (sealed != null) {
            if (!sealed.isObject()) {
                throw new IllegalArgumentException("'sealed' must be an object {kid, epk, iv, ct}, got " + sealed);
            }
            text(sealed, "kid");
            for (String field : List.of("epk", "iv", "ct")) {
                JsonNode value = sealed.get(field);
                if (value == null || !value.isTextual() || !BASE64URL.matcher(value.textValue()).matches()) {
                    throw new IllegalArgumentException("'sealed." + field + "' must be base64url without padding, got "
                            + value);
                }
            }
            // Stored exactly as written: the central opens what the device sealed, nothing re-encoded.
            return new Derived.SealedBallot(poll, sealed.toString());
        }
        if (choices == null || !choices.isArray()) {
            throw new IllegalArgumentException("'choices' must be an array of item ids (or 'sealed' an object)");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode choice : choices) {
            if (!choice.isTextual() || choice.textValue().isBlank()) {
                throw new IllegalArgumentException("'choices' must hold item ids (text), got " + choice);
            }
            items.add(choice.textValue());
        }
        return new Derived.Ballot(poll, items);
    }

    private static Derived close(JsonNode body) {
        String poll = text(body, "poll");
        String closedAt = text(body, "closedAt");
        try {
            Instant.parse(closedAt);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'closedAt' must be an ISO instant, got '" + closedAt + "'", e);
        }
        String closedBy = text(body, "closedBy");
        if (!closedBy.equals("pin") && !closedBy.equals("schedule") && !(closedBy.startsWith("staff:")
                && closedBy.length() > "staff:".length())) {
            throw new IllegalArgumentException("'closedBy' must be staff:<sub>, pin or schedule, got '" + closedBy + "'");
        }
        long turnout = count(body, "turnout");
        Map<String, Long> methods = counts(body, "methods");
        for (String method : methods.keySet()) {
            if (!METHODS.contains(method)) {
                throw new IllegalArgumentException("'methods' keys must be member, voucher or staff, got '" + method + "'");
            }
        }
        JsonNode sealed = body.get("sealed");
        if (sealed == null || !sealed.isBoolean()) {
            throw new IllegalArgumentException("'sealed' must be true or false, got " + sealed);
        }
        Optional<Map<String, Long>> counts = body.has("counts") ? Optional.of(counts(body, "counts")) : Optional.empty();
        Optional<Long> blank = body.has("blank") ? Optional.of(count(body, "blank")) : Optional.empty();
        if (!sealed.booleanValue() && (counts.isEmpty() || blank.isEmpty())) {
            throw new IllegalArgumentException("a plain poll's closing needs 'counts' and 'blank'");
        }
        String boxHash = text(body, "boxHash");
        if (!HEX64.matcher(boxHash).matches()) {
            throw new IllegalArgumentException("'boxHash' must be 64 lower-case hex digits, got '" + boxHash + "'");
        }
        return new Derived.PollClose(poll, closedAt, closedBy, turnout, methods, sealed.booleanValue(), counts, blank,
                boxHash);
    }

    private static Derived surveyPoints(JsonNode body) {
        String survey = text(body, "survey");
        String member = text(body, "member");
        return new Derived.SurveyPoints(survey, member, points(body));
    }

    /** A check-in's or a survey claim's {@code points}: a non-negative int. */
    private static int points(JsonNode body) {
        JsonNode points = body.get("points");
        if (points == null || !points.isIntegralNumber() || !points.canConvertToInt() || points.intValue() < 0) {
            throw new IllegalArgumentException("'points' must be a non-negative integer, got " + points);
        }
        return points.intValue();
    }

    private static Derived survey(JsonNode body) {
        String survey = text(body, "survey");
        JsonNode answers = body.get("answers");
        if (answers == null || !answers.isObject()) {
            throw new IllegalArgumentException("'answers' must be an object of question id to answer");
        }
        for (Map.Entry<String, JsonNode> answer : answers.properties()) {
            JsonNode value = answer.getValue();
            boolean ok;
            if (answer.getKey().endsWith(".other")) {
                ok = value.isTextual();
            } else if (value.isArray()) {
                ok = true;
                for (JsonNode item : value) {
                    ok &= item.isTextual();
                }
            } else {
                ok = value.isTextual() || value.isIntegralNumber();
            }
            if (!ok) {
                throw new IllegalArgumentException("answer '" + answer.getKey() + "' must be "
                        + (answer.getKey().endsWith(".other") ? "the typed text" : "text, an integer or a list of texts")
                        + ", got " + value);
            }
        }
        Optional<String> member = body.has("member") ? Optional.of(text(body, "member")) : Optional.empty();
        return new Derived.SurveyResponse(survey, answers, member);
    }

    private static long count(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw new IllegalArgumentException("'" + field + "' must be a non-negative integer, got " + value);
        }
        return value.longValue();
    }

    private static Map<String, Long> counts(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException("'" + field + "' must be an object of name to count, got " + value);
        }
        Map<String, Long> counts = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            counts.put(entry.getKey(), count(value, entry.getKey()));
        }
        return counts;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new IllegalArgumentException("'" + field + "' must be non-blank text, got " + value);
        }
        return value.textValue();
    }
}
