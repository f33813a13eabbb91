package org.madang.kiosk.survey;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.madang.device.content.survey.Option;
import org.madang.device.content.survey.Question;
import org.madang.kiosk.survey.SurveyProblem.Code;

/** Checks one answer against its question's rules (type, options, limits); no state. */
public final class AnswerRules {

    /** The most characters an "other" text may have (the content format gives it no limit of its own). */
    public static final int OTHER_MAX_LENGTH = 200;

    // At most 18 digits so that any accepted text fits a long; a leading minus for ranges below 0.
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,18}");

    private AnswerRules() {
    }

    /** Empty when {@code answer} is a valid answer to {@code question}. */
    public static Optional<SurveyProblem> check(Question question, Answer answer) {
        return switch (question) {
            case Question.Choice choice when answer instanceof Answer.Choice picked -> choice(choice, picked);
            case Question.Rating rating when answer instanceof Answer.Rating value ->
                    range(value.value(), rating.from(), rating.to());
            case Question.Number number when answer instanceof Answer.Number value ->
                    range(value.value(), number.min(), number.max());
            case Question.YesNo yesNo when answer instanceof Answer.YesNo -> Optional.empty();
            case Question.Text text when answer instanceof Answer.Text typed -> length(typed.text().strip(),
                    text.maxLength());
            default -> Optional.of(SurveyProblem.of(Code.NOT_AN_ANSWER));
        };
    }

    /** Whether the answer says nothing (no option picked, blank text): the question is then unanswered. */
    public static boolean isEmpty(Answer answer) {
        return switch (answer) {
            case Answer.Choice choice -> choice.picked().isEmpty();
            case Answer.Text text -> text.text().isBlank();
            default -> false;
        };
    }

    /**
     * Reads a number typed on the number pad: digits with an optional leading minus, nothing else
     * (no decimal point, no spaces, no thousands separators).
     */
    public static Optional<Long> wholeNumber(String typed) {
        return WHOLE.matcher(typed).matches() ? Optional.of(Long.parseLong(typed)) : Optional.empty();
    }

    private static Optional<SurveyProblem> choice(Question.Choice question, Answer.Choice answer) {
        Set<String> allowed = new HashSet<>();
        for (Option option : question.options()) {
            allowed.add(option.id());
        }
        if (question.other()) {
            allowed.add(SurveyRun.OTHER);
        }
        List<String> picked = answer.picked();
        if (!allowed.containsAll(picked) || new HashSet<>(picked).size() != picked.size()) {
            return Optional.of(SurveyProblem.of(Code.NOT_AN_ANSWER));
        }
        if (picked.size() > question.max()) {
            return Optional.of(new SurveyProblem(Code.TOO_MANY, question.max(), 0));
        }
        if (picked.size() < question.min()) {
            return Optional.of(new SurveyProblem(Code.TOO_FEW, question.min(), 0));
        }
        if (picked.contains(SurveyRun.OTHER)) {
            if (answer.otherText().isBlank()) {
                return Optional.of(SurveyProblem.of(Code.OTHER_TEXT_MISSING));
            }
            return length(answer.otherText().strip(), OTHER_MAX_LENGTH);
        }
        return Optional.empty();
    }

    private static Optional<SurveyProblem> range(long value, long min, long max) {
        return value < min || value > max ? Optional.of(new SurveyProblem(Code.OUT_OF_RANGE, min, max))
                : Optional.empty();
    }

    private static Optional<SurveyProblem> length(String text, int maxLength) {
        return text.codePointCount(0, text.length()) > maxLength
                ? Optional.of(new SurveyProblem(Code.TOO_LONG, maxLength, 0)) : Optional.empty();
    }
}
