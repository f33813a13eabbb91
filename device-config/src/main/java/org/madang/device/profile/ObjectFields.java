package org.madang.device.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Typed access to the members of one JSON object at a known path, reporting missing members,
 * wrong types and unknown names to the shared problem list instead of throwing.
 */
final class ObjectFields {

    private final JsonNode object;
    private final String path;
    private final ProblemList problems;

    ObjectFields(JsonNode object, String path, ProblemList problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /** The JSON path of a member, e.g. {@code site.dongCode}. */
    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Reports each member not in {@code known}, with the nearest known name when there is one. */
    void rejectUnknown(List<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (known.contains(name)) {
                continue;
            }
            String list = String.join(", ", known);
            Optional<String> nearest = NearestName.among(name, known);
            if (nearest.isPresent()) {
                problems.add(path(name), object.get(name), ProfileProblem.Code.UNKNOWN_FIELD_DID_YOU_MEAN,
                        nearest.get(), list);
            } else {
                problems.add(path(name), object.get(name), ProfileProblem.Code.UNKNOWN_FIELD, list);
            }
        }
    }

    boolean has(String name) {
        return object.has(name);
    }

    JsonNode raw(String name) {
        return object.get(name);
    }

    /** A required string member. */
    Optional<String> text(String name, String example) {
        return present(name, example).flatMap(value -> {
            if (!value.isTextual()) {
                problems.add(path(name), value, ProfileProblem.Code.WRONG_TYPE, "string");
                return Optional.empty();
            }
            return Optional.of(value.textValue());
        });
    }

    /** A required integer member that fits in an int. */
    OptionalInt integer(String name, String example) {
        Optional<JsonNode> value = present(name, example);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!value.get().isIntegralNumber() || !value.get().canConvertToInt()) {
            problems.add(path(name), value.get(), ProfileProblem.Code.WRONG_TYPE, "integer");
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.get().intValue());
    }

    /** A required array member. */
    Optional<JsonNode> array(String name, String example) {
        return present(name, example).filter(value -> typed(name, value, value.isArray(), "array"));
    }

    /** A required object member. */
    Optional<JsonNode> object(String name, String example) {
        return present(name, example).filter(value -> typed(name, value, value.isObject(), "object"));
    }

    private boolean typed(String name, JsonNode value, boolean ok, String expected) {
        if (!ok) {
            problems.add(path(name), value, ProfileProblem.Code.WRONG_TYPE, expected);
        }
        return ok;
    }

    private Optional<JsonNode> present(String name, String example) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            problems.add(path(name), "", ProfileProblem.Code.MISSING, example);
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
