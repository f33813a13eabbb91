package org.madang.device.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.madang.device.validation.FieldProblems;

/** Collects problems while the validator walks the whole bundle. */
final class Problems implements FieldProblems {

    private final List<ContentProblem> list = new ArrayList<>();

    void add(String field, String value, ContentProblem.Code code, Object... args) {
        list.add(new ContentProblem(field, FieldProblems.abbreviate(value), code,
                Arrays.stream(args).map(String::valueOf).toList()));
    }

    void add(String field, JsonNode value, ContentProblem.Code code, Object... args) {
        add(field, FieldProblems.show(value), code, args);
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

    @Override
    public void missing(String field, String example) {
        add(field, "", ContentProblem.Code.MISSING, example);
    }

    @Override
    public void wrongType(String field, JsonNode value, String expected) {
        add(field, value, ContentProblem.Code.WRONG_TYPE, expected);
    }

    @Override
    public void unknownField(String field, String name, JsonNode value, List<String> known) {
        add(field, value, ContentProblem.Code.UNKNOWN_FIELD, String.join(", ", known));
    }

    @Override
    public void blank(String field, String text) {
        add(field, text, ContentProblem.Code.BLANK);
    }

    @Override
    public void tooLong(String field, String text, int limit, int actual) {
        add(field, text, ContentProblem.Code.TOO_LONG, limit, actual);
    }

    @Override
    public void outOfRange(String field, JsonNode value, long min, long max) {
        add(field, value, ContentProblem.Code.OUT_OF_RANGE, min, max);
    }
}
