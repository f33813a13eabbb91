package org.madang.central.derived;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private RecordBodies() {
    }

    /** What {@code record} contributes to the derived tables. */
    public static Derived read(JournalRecord record) {
        String kind = record.kind().name();
        if (!kind.equals(RecordKind.CHECKIN.name()) && !kind.equals(RecordKind.VOTE_POLLBOOK.name())
                && !kind.equals(RecordKind.VOTE_BALLOT.name()) && !kind.equals(RecordKind.SURVEY_RESPONSE.name())) {
            return new Derived.Nothing();
        }
        if (kind.equals(RecordKind.CHECKIN.name())) {
            Derived.Checkin fast = streamedCheckin(record.body().bytes());
            if (fast != null) {
                return fast;
            }
        }
        JsonNode body;
        try {
            body = record.body().tree();
        } catch (RuntimeException e) {
            return new Derived.Malformed("the body is not JSON");
        }
        try {
            return switch (kind) {
                case "checkin" -> checkin(body);
                case "vote.pollbook" -> new Derived.Pollbook(text(body, "poll"), text(body, "voter"));
                case "vote.ballot" -> ballot(body);
                default -> survey(body);
            };
        } catch (IllegalArgumentException e) {
            return new Derived.Malformed(kind + " body: " + e.getMessage());
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
        JsonNode points = body.get("points");
        if (points == null || !points.canConvertToInt() || !points.isIntegralNumber() || points.intValue() < 0) {
            throw new IllegalArgumentException("'points' must be a non-negative integer, got " + points);
        }
        String limit = text(body, "limit");
        String day = text(body, "day");
        try {
            LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'day' must be YYYY-MM-DD, got '" + day + "'", e);
        }
        return switch (limit) {
            case ONCE_PER_EVENT -> new Derived.Checkin(event, member, points.intValue(), "");
            case ONCE_PER_DAY -> new Derived.Checkin(event, member, points.intValue(), day);
            default -> throw new IllegalArgumentException("'limit' must be " + ONCE_PER_EVENT + " or " + ONCE_PER_DAY
                    + ", got '" + limit + "'");
        };
    }

    private static Derived ballot(JsonNode body) {
        String poll = text(body, "poll");
        JsonNode choices = body.get("choices");
        if (choices == null || !choices.isArray()) {
            throw new IllegalArgumentException("'choices' must be an array of option ids");
        }
        List<String> options = new ArrayList<>();
        for (JsonNode choice : choices) {
            if (!choice.isTextual() || choice.textValue().isBlank()) {
                throw new IllegalArgumentException("'choices' must hold option ids (text), got " + choice);
            }
            options.add(choice.textValue());
        }
        return new Derived.Ballot(poll, options);
    }

    private static Derived survey(JsonNode body) {
        String survey = text(body, "survey");
        JsonNode answers = body.get("answers");
        if (answers == null || !answers.isObject()) {
            throw new IllegalArgumentException("'answers' must be an object of question id to answer");
        }
        for (Map.Entry<String, JsonNode> answer : answers.properties()) {
            JsonNode value = answer.getValue();
            boolean ok = value.isTextual() || value.isIntegralNumber();
            if (value.isArray()) {
                ok = true;
                for (JsonNode item : value) {
                    ok &= item.isTextual();
                }
            }
            if (!ok) {
                throw new IllegalArgumentException("answer '" + answer.getKey()
                        + "' must be text, an integer or a list of texts, got " + value);
            }
        }
        return new Derived.SurveyResponse(survey, answers);
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new IllegalArgumentException("'" + field + "' must be non-blank text, got " + value);
        }
        return value.textValue();
    }
}
