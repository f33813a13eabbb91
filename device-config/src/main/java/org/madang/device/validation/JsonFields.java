package org.madang.device.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Typed access to the members of one JSON object at a known path, reporting missing members,
 * wrong types and unknown names to a {@link FieldProblems} instead of throwing, so that a
 * validator walks the whole file and reports every problem at once. Shared by the profile and
 * content bundle validators.
 */
public final class JsonFields {

    private final JsonNode object;
    private final String path;
    private final FieldProblems problems;

    /** The members of {@code object}, found at {@code path} ("" for the root). */
    public JsonFields(JsonNode object, String path, FieldProblems problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /** The JSON path of a member, e.g. {@code site.dongCode}. */
    public String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Whether the member is written at all (even as {@code null}). */
    public boolean has(String name) {
        return object.has(name);
    }

    /** Whether the member is written with a value other than {@code null}. */
    public boolean hasValue(String name) {
        return object.has(name) && !object.get(name).isNull();
    }

    /** The member as written, or null. */
    public JsonNode raw(String name) {
        return object.get(name);
    }

    /** Reports each member not in {@code known}. */
    public void rejectUnknown(List<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.unknownField(path(name), name, object.get(name), known);
            }
        }
    }

    /** A required string member. */
    public Optional<String> text(String name, String example) {
        return present(name, example).flatMap(value -> {
            if (!value.isTextual()) {
                problems.wrongType(path(name), value, "string");
                return Optional.empty();
            }
            return Optional.of(value.textValue());
        });
    }

    /** A required non-blank string member of at most {@code maxLength} characters. */
    public Optional<String> text(String name, String example, int maxLength) {
        return text(name, example).filter(text -> {
            if (text.isBlank()) {
                problems.blank(path(name), text);
                return false;
            }
            if (text.length() > maxLength) {
                problems.tooLong(path(name), text, maxLength, text.length());
                return false;
            }
            return true;
        });
    }

    /** A required integer member that fits in an int. */
    public OptionalInt integer(String name, String example) {
        return integer(name, example, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A required integer member within [min, max]. */
    public OptionalInt integer(String name, String example, int min, int max) {
        Optional<JsonNode> value = present(name, example);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        JsonNode node = value.get();
        if (!node.isIntegralNumber()) {
            problems.wrongType(path(name), node, "integer");
            return OptionalInt.empty();
        }
        if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            problems.outOfRange(path(name), node, min, max);
            return OptionalInt.empty();
        }
        return OptionalInt.of(node.intValue());
    }

    /** A required integer member within [min, max], as a long (sums of money in won exceed an int). */
    public OptionalLong longInteger(String name, String example, long min, long max) {
        Optional<JsonNode> value = present(name, example);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        JsonNode node = value.get();
        if (!node.isIntegralNumber()) {
            problems.wrongType(path(name), node, "integer");
            return OptionalLong.empty();
        }
        if (!node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
            problems.outOfRange(path(name), node, min, max);
            return OptionalLong.empty();
        }
        return OptionalLong.of(node.longValue());
    }

    /** An optional boolean member: {@code fallback} when absent or null, empty when not a boolean. */
    public Optional<Boolean> bool(String name, boolean fallback) {
        if (!hasValue(name)) {
            return Optional.of(fallback);
        }
        JsonNode node = object.get(name);
        if (!node.isBoolean()) {
            problems.wrongType(path(name), node, "boolean");
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    /** A required array member. */
    public Optional<JsonNode> array(String name, String example) {
        return present(name, example).filter(value -> typed(name, value, value.isArray(), "array"));
    }

    /** A required object member. */
    public Optional<JsonNode> object(String name, String example) {
        return present(name, example).filter(value -> typed(name, value, value.isObject(), "object"));
    }

    private boolean typed(String name, JsonNode value, boolean ok, String expected) {
        if (!ok) {
            problems.wrongType(path(name), value, expected);
        }
        return ok;
    }

    private Optional<JsonNode> present(String name, String example) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            problems.missing(path(name), example);
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
