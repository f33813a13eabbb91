package org.madang.kiosk.survey;

import java.util.Objects;

/**
 * Why an answer cannot be taken, with the limit the respondent is told about (e.g. "at most 3").
 *
 * @param code what is wrong
 * @param first the first number the sentence needs (a minimum, a length), 0 when none
 * @param second the second number (a maximum), 0 when none
 */
public record SurveyProblem(Code code, long first, long second) {

    /** What is wrong with an answer. */
    public enum Code {
        /** The question must be answered before going on. */
        REQUIRED,
        /** Fewer options picked than the question's minimum ({@code first}). */
        TOO_FEW,
        /** More options picked than the question's maximum ({@code first}). */
        TOO_MANY,
        /** "Other" picked but nothing typed for it. */
        OTHER_TEXT_MISSING,
        /** Text longer than {@code first} characters. */
        TOO_LONG,
        /** A rating or number outside {@code first}–{@code second}. */
        OUT_OF_RANGE,
        /** Typed number text that is not a whole number. */
        NOT_A_WHOLE_NUMBER,
        /** An answer that does not belong to this question (an unknown option, the wrong type). */
        NOT_AN_ANSWER
    }

    public SurveyProblem {
        Objects.requireNonNull(code, "code");
    }

    /** A problem without numbers. */
    public static SurveyProblem of(Code code) {
        return new SurveyProblem(code, 0, 0);
    }
}
