package org.madang.central.derived;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;

/** Reads record bodies into {@link Derived} data; never throws for a bad body. */
public final class RecordBodies {

    /** A check-in's limit names, as in content bundles ({@code CheckinLimit#contentName}). */
    public static final String ONCE_PER_EVENT = "once-per-event";
    /** Credited once per member per calendar day (Asia/Seoul, as the device wrote it). */
    public static final String ONCE_PER_DAY = "once-per-day";

    private RecordBodies() {
    }

    /** What {@code record} contributes to the derived tables. */
    public static Derived read(JournalRecord record) {
        String kind = record.kind().name();
        if (!kind.equals(RecordKind.CHECKIN.name()) && !kind.equals(RecordKind.VOTE_POLLBOOK.name())
                && !kind.equals(RecordKind.VOTE_BALLOT.name()) && !kind.equals(RecordKind.SURVEY_RESPONSE.name())) {
            return new Derived.Nothing();
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
