package org.madang.device.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Where {@link JsonFields} reports the problems every JSON file shares (missing, wrong type,
 * unknown member, blank, too long, out of range); each file kind (profile, content bundle) words
 * them with its own problem codes and bundle keys.
 */
public interface FieldProblems {

    /** Longest value quoted back in a problem. */
    int MAX_VALUE_CHARS = 80;

    /** A required member is absent or null. */
    void missing(String field, String example);

    /** A member has the wrong JSON type. */
    void wrongType(String field, JsonNode value, String expected);

    /** A member {@code name} (at {@code field}) this version does not know. */
    void unknownField(String field, String name, JsonNode value, List<String> known);

    /** Text that must not be blank is blank. */
    void blank(String field, String text);

    /** Text longer than its limit. */
    void tooLong(String field, String text, int limit, int actual);

    /** An integer outside [min, max] (or outside an int). */
    void outOfRange(String field, JsonNode value, long min, long max);

    /** A value as staff wrote it: strings without quotes, everything else as JSON. */
    static String show(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "";
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }

    /** A value cut to {@link #MAX_VALUE_CHARS} for quoting back. */
    static String abbreviate(String value) {
        return value.length() <= MAX_VALUE_CHARS ? value : value.substring(0, MAX_VALUE_CHARS - 1) + "…";
    }
}
