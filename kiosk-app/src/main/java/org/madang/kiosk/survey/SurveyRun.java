package org.madang.kiosk.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.content.survey.Condition;
import org.madang.device.content.survey.Option;
import org.madang.device.content.survey.Question;
import org.madang.device.content.survey.Survey;
import org.madang.journal.CanonicalJson;
import org.madang.kiosk.survey.SurveyProblem.Code;

/**
 * One respondent going through one survey: consent, the answers so far, which question is on
 * screen, and the response body at the end. Plain Java, not thread-safe (the UI thread owns it).
 *
 * <p>Only visible questions count: a question whose {@code showIf} is not met is skipped by
 * next/back, left out of "3 / 8", and its answer is dropped as soon as it becomes hidden, so the
 * response never carries an answer to a question the respondent no longer saw.
 */
public final class SurveyRun {

    /** The option id of "other" in answers and conditions. */
    public static final String OTHER = "other";

    private final Survey survey;
    private final Map<String, Answer> answers = new HashMap<>();
    private boolean consented;
    // The question on screen; null at the summary (after the last question).
    private String currentId;

    private SurveyRun(Survey survey) {
        this.survey = Objects.requireNonNull(survey, "survey");
        this.consented = survey.consent().isEmpty();
        List<Question> visible = visibleQuestions();
        this.currentId = visible.isEmpty() ? null : visible.getFirst().id();
    }

    /** A new run at the survey's first visible question (after the consent, if it asks one). */
    public static SurveyRun start(Survey survey) {
        return new SurveyRun(survey);
    }

    public Survey survey() {
        return survey;
    }

    /** Whether the consent screen must still be agreed to before the first question. */
    public boolean consentNeeded() {
        return !consented;
    }

    /** The respondent agreed to the consent screen. (Declining ends the run; nothing is kept.) */
    public void consent() {
        consented = true;
    }

    /** The questions that show, given the answers so far, in the order asked. */
    public List<Question> visibleQuestions() {
        List<Question> visible = new ArrayList<>();
        Map<String, Question> shown = new HashMap<>();
        for (Question question : survey.questions()) {
            if (question.showIf().map(condition -> met(condition, shown)).orElse(true)) {
                visible.add(question);
                shown.put(question.id(), question);
            }
        }
        return visible;
    }

    // A condition on a question that is hidden, unanswered or later in the survey is not met.
    private boolean met(Condition condition, Map<String, Question> shownBefore) {
        if (!shownBefore.containsKey(condition.questionId())) {
            return false;
        }
        Answer answer = answers.get(condition.questionId());
        if (answer == null) {
            return false;
        }
        return values(answer).stream().anyMatch(condition.anyOf()::contains);
    }

    /** The answer as the values a condition compares: option ids, decimal numbers, yes/no. */
    private static List<String> values(Answer answer) {
        return switch (answer) {
            case Answer.Choice choice -> choice.picked();
            case Answer.Rating rating -> List.of(Integer.toString(rating.value()));
            case Answer.Number number -> List.of(Long.toString(number.value()));
            case Answer.YesNo yesNo -> List.of(yesNo.yes() ? "yes" : "no");
            case Answer.Text text -> List.of();
        };
    }

    /** The question on screen; empty at the summary. */
    public Optional<Question> current() {
        return currentId == null ? Optional.empty() : survey.question(currentId);
    }

    /** Whether every question is behind: the summary and submit screen. */
    public boolean atSummary() {
        return currentId == null;
    }

    /** "3 / 8": the current question's place among the visible ones. At the summary, total / total. */
    public Progress progress() {
        List<Question> visible = visibleQuestions();
        int total = visible.size();
        if (currentId == null) {
            return new Progress(total, total);
        }
        return new Progress(indexOf(visible, currentId) + 1, total);
    }

    /**
     * Where the respondent is.
     *
     * @param number 1-based place of the current question among the visible ones
     * @param total how many questions show now
     */
    public record Progress(int number, int total) {
    }

    /** The answer given to a question, if any (only visible questions keep theirs). */
    public Optional<Answer> answerTo(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    /**
     * Answers the current question. An invalid answer is refused (the previous one stays); an
     * empty one (nothing picked, blank text) clears the answer. Answers to questions this answer
     * hides are dropped.
     */
    public Optional<SurveyProblem> answer(Answer answer) {
        Question question = current().orElseThrow(() -> new IllegalStateException("no question on screen"));
        if (AnswerRules.isEmpty(answer)) {
            answers.remove(question.id());
            prune();
            return Optional.empty();
        }
        Optional<SurveyProblem> problem = AnswerRules.check(question, answer);
        if (problem.isEmpty()) {
            answers.put(question.id(), normalised(answer));
            prune();
        }
        return problem;
    }

    private static Answer normalised(Answer answer) {
        return switch (answer) {
            case Answer.Text text -> new Answer.Text(text.text().strip());
            case Answer.Choice choice -> new Answer.Choice(choice.picked(),
                    choice.picked().contains(OTHER) ? choice.otherText().strip() : "");
            default -> answer;
        };
    }

    // Drops answers of questions that no longer show; repeated because dropping one may hide more.
    private void prune() {
        while (true) {
            List<String> visible = visibleQuestions().stream().map(Question::id).toList();
            if (!answers.keySet().removeIf(id -> !visible.contains(id))) {
                return;
            }
        }
    }

    /** Whether the current question may be left unanswered. */
    public boolean canSkip() {
        return current().map(q -> !q.required()).orElse(false);
    }

    /**
     * Goes to the next visible question (or the summary after the last). Refused with {@link
     * Code#REQUIRED} when the current question is required and unanswered.
     */
    public Optional<SurveyProblem> next() {
        Optional<Question> question = current();
        if (question.isEmpty()) {
            return Optional.empty();
        }
        if (question.get().required() && !answers.containsKey(question.get().id())) {
            return Optional.of(SurveyProblem.of(Code.REQUIRED));
        }
        List<Question> visible = visibleQuestions();
        int at = indexOf(visible, currentId);
        currentId = at + 1 < visible.size() ? visible.get(at + 1).id() : null;
        return Optional.empty();
    }

    /** Leaves an optional question unanswered (dropping any answer) and goes on; false when it is required. */
    public boolean skip() {
        if (!canSkip()) {
            return false;
        }
        answers.remove(currentId);
        prune();
        next();
        return true;
    }

    /** Back to the previous visible question (from the summary: the last one); false at the first. */
    public boolean back() {
        List<Question> visible = visibleQuestions();
        if (visible.isEmpty()) {
            return false;
        }
        if (currentId == null) {
            currentId = visible.getLast().id();
            return true;
        }
        int at = indexOf(visible, currentId);
        if (at <= 0) {
            return false;
        }
        currentId = visible.get(at - 1).id();
        return true;
    }

    /** Whether the run can be submitted: consent given, at the summary, every visible required question answered. */
    public boolean complete() {
        return consented && currentId == null
                && visibleQuestions().stream().allMatch(q -> !q.required() || answers.containsKey(q.id()));
    }

    /**
     * The {@code survey.response} body (wave contract): {@code {"survey": id, "answers": {...}}},
     * plus {@code "member"} only for an identified survey.
     *
     * @param member the respondent's pseudonym; required for an identified survey, ignored otherwise
     */
    public CanonicalJson responseBody(Optional<String> member) {
        if (!complete()) {
            throw new IllegalStateException("survey " + survey.id() + " is not complete");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("survey", survey.id());
        Map<String, Object> recorded = new LinkedHashMap<>();
        for (Question question : visibleQuestions()) {
            Answer answer = answers.get(question.id());
            if (answer != null) {
                put(recorded, question, answer);
            }
        }
        body.put("answers", recorded);
        if (survey.identified()) {
            body.put("member", member.orElseThrow(() -> new IllegalStateException(
                    "survey " + survey.id() + " is identified: its response needs the member's pseudonym")));
        }
        return CanonicalJson.of(body);
    }

    private static void put(Map<String, Object> recorded, Question question, Answer answer) {
        String id = question.id();
        switch (answer) {
            case Answer.Choice choice -> {
                Question.Choice q = (Question.Choice) question;
                // Options in the order shown, "other" last, whatever order they were touched in.
                List<String> ordered = new ArrayList<>();
                for (Option option : q.options()) {
                    if (choice.picked().contains(option.id())) {
                        ordered.add(option.id());
                    }
                }
                if (choice.picked().contains(OTHER)) {
                    ordered.add(OTHER);
                    recorded.put(id + "." + OTHER, choice.otherText());
                }
                recorded.put(id, q.single() ? ordered.getFirst() : ordered);
            }
            case Answer.Rating rating -> recorded.put(id, rating.value());
            case Answer.Number number -> recorded.put(id, number.value());
            case Answer.YesNo yesNo -> recorded.put(id, yesNo.yes() ? "yes" : "no");
            case Answer.Text text -> recorded.put(id, text.text());
        }
    }

    private static int indexOf(List<Question> visible, String id) {
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
