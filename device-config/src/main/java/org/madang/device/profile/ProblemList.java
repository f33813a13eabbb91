package org.madang.device.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects problems while the validator walks the whole file. */
final class ProblemList {

    /** Shown instead of values that must not be echoed (a PIN, its hash). */
    static final String HIDDEN = "***";

    private static final int MAX_VALUE_CHARS = 80;

    private final List<ProfileProblem> problems = new ArrayList<>();

    void add(String field, String value, ProfileProblem.Code code, Object... args) {
        problems.add(new ProfileProblem(field, abbreviate(value), code,
                Arrays.stream(args).map(String::valueOf).toList()));
    }

    void add(String field, JsonNode value, ProfileProblem.Code code, Object... args) {
        add(field, show(value), code, args);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    ProfileException toException() {
        return new ProfileException(problems);
    }

    /** A value as staff wrote it: strings without quotes, everything else as JSON. */
    static String show(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "";
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }

    private static String abbreviate(String value) {
        return value.length() <= MAX_VALUE_CHARS ? value : value.substring(0, MAX_VALUE_CHARS - 1) + "…";
    }
}
