package org.madang.device.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.madang.device.validation.FieldProblems;

/** Collects problems while the validator walks the whole file. */
final class ProblemList implements FieldProblems {

    /** Shown instead of values that must not be echoed (a PIN, its hash). */
    static final String HIDDEN = "***";

    private final List<ProfileProblem> problems = new ArrayList<>();

    void add(String field, String value, ProfileProblem.Code code, Object... args) {
        problems.add(new ProfileProblem(field, FieldProblems.abbreviate(value), code,
                Arrays.stream(args).map(String::valueOf).toList()));
    }

    void add(String field, JsonNode value, ProfileProblem.Code code, Object... args) {
        add(field, FieldProblems.show(value), code, args);
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

    @Override
    public void missing(String field, String example) {
        add(field, "", ProfileProblem.Code.MISSING, example);
    }

    @Override
    public void wrongType(String field, JsonNode value, String expected) {
        add(field, value, ProfileProblem.Code.WRONG_TYPE, expected);
    }

    /** With the nearest known name when there is one: profiles are typed by hand. */
    @Override
    public void unknownField(String field, String name, JsonNode value, List<String> known) {
        String list = String.join(", ", known);
        Optional<String> nearest = NearestName.among(name, known);
        if (nearest.isPresent()) {
            add(field, value, ProfileProblem.Code.UNKNOWN_FIELD_DID_YOU_MEAN, nearest.get(), list);
        } else {
            add(field, value, ProfileProblem.Code.UNKNOWN_FIELD, list);
        }
    }

    @Override
    public void blank(String field, String text) {
        add(field, text, ProfileProblem.Code.BLANK);
    }

    @Override
    public void tooLong(String field, String text, int limit, int actual) {
        add(field, text, ProfileProblem.Code.TOO_LONG, limit, actual);
    }

    /** Profile integers are only limited to an int; anything else is the wrong type, as before. */
    @Override
    public void outOfRange(String field, JsonNode value, long min, long max) {
        add(field, value, ProfileProblem.Code.WRONG_TYPE, "integer");
    }
}
