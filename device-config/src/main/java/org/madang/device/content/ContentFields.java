package org.madang.device.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.madang.device.validation.JsonFields;

/**
 * The field shapes events, polls and surveys share (ids, bilingual texts, instants, arrays of
 * objects), each reporting its problems to the bundle's {@link Problems} so the validators stay
 * about their own rules.
 */
final class ContentFields {

    /** Ids of events, polls, items, surveys, sections, questions and options. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final String INSTANT_EXAMPLE = "2026-11-22T09:00:00+09:00";
    /** Titles, labels, item names: what fits on one line of a kiosk screen. */
    static final int MAX_TITLE = 80;
    /** Descriptions, intros, consent paragraphs. */
    static final int MAX_PARAGRAPH = 1000;

    private ContentFields() {
    }

    /**
     * A required id matching {@link #ID}, added to {@code seen}; a problem (and empty) when the
     * format is wrong or {@code seen} already holds it.
     */
    static Optional<String> id(JsonFields fields, String name, String example, Set<String> seen, Problems problems) {
        return fields.text(name, example, 64).filter(value -> {
            if (!ID.matcher(value).matches()) {
                problems.add(fields.path(name), value, ContentProblem.Code.ID_FORMAT, ID.pattern(), example);
                return false;
            }
            if (!seen.add(value)) {
                problems.add(fields.path(name), value, ContentProblem.Code.DUPLICATE);
                return false;
            }
            return true;
        });
    }

    /** A required {@code {"ko": …, "en": …}} with both texts non-blank and at most {@code max} characters. */
    static Optional<Localized> localized(JsonFields fields, String name, String exampleKo, String exampleEn, int max,
            Problems problems) {
        return fields.object(name, "{\"ko\":\"" + exampleKo + "\",\"en\":\"" + exampleEn + "\"}").flatMap(node -> {
            JsonFields texts = new JsonFields(node, fields.path(name), problems);
            texts.rejectUnknown(List.of("ko", "en"));
            Optional<String> ko = texts.text("ko", exampleKo, max);
            Optional<String> en = texts.text("en", exampleEn, max);
            return ko.isPresent() && en.isPresent() ? Optional.of(new Localized(ko.get(), en.get())) : Optional.empty();
        });
    }

    /** An optional bilingual text: {@code fallback} when absent. */
    static Optional<Localized> optionalLocalized(JsonFields fields, String name, String exampleKo, String exampleEn,
            int max, Localized fallback, Problems problems) {
        return fields.hasValue(name) ? localized(fields, name, exampleKo, exampleEn, max, problems) : Optional.of(fallback);
    }

    /** A required ISO-8601 date and time with an offset. */
    static Optional<Instant> instant(JsonFields fields, String name, Problems problems) {
        return fields.text(name, INSTANT_EXAMPLE, 64).flatMap(text -> {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                problems.add(fields.path(name), text, ContentProblem.Code.NOT_AN_INSTANT, INSTANT_EXAMPLE);
                return Optional.empty();
            }
        });
    }

    /** Reports {@code closes} when it is not after {@code opens}. */
    static void closesAfterOpens(JsonFields fields, Optional<Instant> opens, Optional<Instant> closes,
            Problems problems) {
        if (opens.isPresent() && closes.isPresent() && !closes.get().isAfter(opens.get())) {
            problems.add(fields.path("closes"), closes.get().toString(), ContentProblem.Code.CLOSES_NOT_AFTER_OPENS,
                    opens.get().toString());
        }
    }

    /**
     * The objects of an array, each with its path ({@code path[i]}); an element that is not an
     * object is reported and skipped. With {@code nonEmpty}, an empty array is reported.
     */
    static List<JsonFields> objects(JsonNode array, String path, boolean nonEmpty, String example, Problems problems) {
        List<JsonFields> objects = new ArrayList<>();
        if (nonEmpty && array.isEmpty()) {
            problems.add(path, array, ContentProblem.Code.EMPTY, example);
        }
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                problems.add(at, node, ContentProblem.Code.WRONG_TYPE, "object");
                continue;
            }
            objects.add(new JsonFields(node, at, problems));
        }
        return objects;
    }

    /**
     * The strings of an array member by their paths ({@code path[i]}, in order), each reported (and
     * left out) when not a non-blank string of at most {@code max}: callers that check the values
     * further name the element's own index.
     */
    static Map<String, String> strings(JsonNode array, String path, int max, Problems problems) {
        Map<String, String> strings = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isTextual()) {
                problems.add(at, node, ContentProblem.Code.WRONG_TYPE, "string");
            } else if (node.textValue().isBlank()) {
                problems.add(at, node, ContentProblem.Code.BLANK);
            } else if (node.textValue().length() > max) {
                problems.add(at, node, ContentProblem.Code.TOO_LONG, max, node.textValue().length());
            } else {
                strings.put(at, node.textValue());
            }
        }
        return strings;
    }
}
