package org.madang.device.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects problems while the validator walks the whole bundle. */
final class Problems {

    private static final int MAX_VALUE_CHARS = 80;

    private final List<ContentProblem> list = new ArrayList<>();

    void add(String field, String value, ContentProblem.Code code, Object... args) {
        String shown = value.length() <= MAX_VALUE_CHARS ? value : value.substring(0, MAX_VALUE_CHARS - 1) + "…";
        list.add(new ContentProblem(field, shown, code, Arrays.stream(args).map(String::valueOf).toList()));
    }

    void add(String field, JsonNode value, ContentProblem.Code code, Object... args) {
        add(field, show(value), code, args);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    ContentException toException() {
        return new ContentException(list);
    }

    static ContentException single(String field, String value, ContentProblem.Code code, Object... args) {
        Problems problems = new Problems();
        problems.add(field, value, code, args);
        return problems.toException();
    }

    static String show(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "";
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
