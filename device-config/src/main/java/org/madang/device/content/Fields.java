package org.madang.device.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Typed access to one JSON object's members, reporting problems instead of throwing. */
final class Fields {

    private final JsonNode object;
    private final String path;
    private final Problems problems;

    Fields(JsonNode object, String path, Problems problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    boolean has(String name) {
        return object.has(name) && !object.get(name).isNull();
    }

    /** Reports each member not in {@code known}. */
    void rejectUnknown(List<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(path(name), object.get(name), ContentProblem.Code.UNKNOWN_FIELD, String.join(", ", known));
            }
        }
    }

    /** A required non-blank string of at most {@code maxLength} characters. */
    Optional<String> text(String name, String example, int maxLength) {
        return present(name, example).flatMap(value -> {
            if (!value.isTextual()) {
                problems.add(path(name), value, ContentProblem.Code.WRONG_TYPE, "string");
                return Optional.empty();
            }
            String text = value.textValue();
            if (text.isBlank()) {
                problems.add(path(name), text, ContentProblem.Code.BLANK);
                return Optional.empty();
            }
            if (text.length() > maxLength) {
                problems.add(path(name), text, ContentProblem.Code.TOO_LONG, maxLength, text.length());
                return Optional.empty();
            }
            return Optional.of(text);
        });
    }

    /** A required integer within [min, max]. */
    OptionalInt integer(String name, String example, int min, int max) {
        Optional<JsonNode> value = present(name, example);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        JsonNode node = value.get();
        if (!node.isIntegralNumber()) {
            problems.add(path(name), node, ContentProblem.Code.WRONG_TYPE, "integer");
            return OptionalInt.empty();
        }
        if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            problems.add(path(name), node, ContentProblem.Code.OUT_OF_RANGE, min, max);
            return OptionalInt.empty();
        }
        return OptionalInt.of(node.intValue());
    }

    Optional<JsonNode> array(String name, String example) {
        return present(name, example).filter(value -> typed(name, value, value.isArray(), "array"));
    }

    Optional<JsonNode> object(String name, String example) {
        return present(name, example).filter(value -> typed(name, value, value.isObject(), "object"));
    }

    private boolean typed(String name, JsonNode value, boolean ok, String expected) {
        if (!ok) {
            problems.add(path(name), value, ContentProblem.Code.WRONG_TYPE, expected);
        }
        return ok;
    }

    private Optional<JsonNode> present(String name, String example) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            problems.add(path(name), "", ContentProblem.Code.MISSING, example);
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
