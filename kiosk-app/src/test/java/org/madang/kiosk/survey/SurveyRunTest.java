package org.madang.kiosk.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.madang.device.content.survey.Question;
import org.madang.kiosk.survey.SurveyProblem.Code;

class SurveyRunTest {

    private final SurveyRun run = SurveyRun.start(SurveyFixtures.park());

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }

    private void at(String questionId) {
        assertThat(run.current()).map(Question::id).contains(questionId);
    }

    @Test
    void conditionalQuestionsShowOnlyWhenTheEarlierAnswerIsInTheirSet() {
        assertThat(ids(run.visibleQuestions())).containsExactly("q1", "q3", "q4", "q5", "q7", "q8");
        run.answer(Answer.Choice.of("weekly"));
        assertThat(ids(run.visibleQuestions())).containsExactly("q1", "q2", "q3", "q4", "q5", "q7", "q8");
        run.answer(Answer.Choice.of("never"));
        assertThat(ids(run.visibleQuestions())).doesNotContain("q2");
    }

    @Test
    void progressCountsVisibleQuestionsOnly() {
        run.consent();
        assertThat(run.progress()).isEqualTo(new SurveyRun.Progress(1, 6));
        run.answer(Answer.Choice.of("daily"));
        assertThat(run.progress()).isEqualTo(new SurveyRun.Progress(1, 7));
        run.next();
        run.answer(Answer.Choice.of("shade"));
        run.next();
        assertThat(run.progress()).isEqualTo(new SurveyRun.Progress(3, 7));
        run.answer(new Answer.Rating(4));
        run.next();
        run.skip();
        run.answer(new Answer.YesNo(true));
        assertThat(run.progress()).isEqualTo(new SurveyRun.Progress(5, 8));
        run.next();
        at("q6");
    }

    @Test
    void nextAndBackMoveOverVisibleQuestionsOnly() {
        run.answer(Answer.Choice.of("never"));
        run.next();
        at("q3");
        assertThat(run.back()).isTrue();
        at("q1");
        assertThat(run.back()).isFalse();
        at("q1");
    }

    @Test
    void anAnswerToAQuestionThatBecomesHiddenIsDropped() {
        run.answer(Answer.Choice.of("daily"));
        run.next();
        run.answer(Answer.Choice.of("benches", "toilets"));
        assertThat(run.answerTo("q2")).isPresent();
        run.back();
        run.answer(Answer.Choice.of("never"));
        assertThat(run.answerTo("q2")).isEmpty();
        run.answer(Answer.Choice.of("daily"));
        assertThat(run.answerTo("q2")).as("does not come back").isEmpty();
    }

    @Test
    void aRequiredQuestionCannotBeSkippedOrLeftUnanswered() {
        assertThat(run.canSkip()).isFalse();
        assertThat(run.skip()).isFalse();
        assertThat(run.next()).contains(SurveyProblem.of(Code.REQUIRED));
        at("q1");
    }

    @Test
    void anOptionalQuestionMayBeSkippedAndItsAnswerIsDropped() {
        run.answer(Answer.Choice.of("never"));
        run.next();
        run.answer(new Answer.Rating(5));
        run.next();
        at("q4");
        run.answer(new Answer.Rating(7));
        assertThat(run.canSkip()).isTrue();
        assertThat(run.skip()).isTrue();
        at("q5");
        assertThat(run.answerTo("q4")).isEmpty();
        run.back();
        assertThat(run.next()).as("optional and unanswered: next is fine").isEmpty();
        at("q5");
    }

    @Test
    void choiceLimitsAreChecked() {
        run.answer(Answer.Choice.of("daily"));
        run.next();
        assertThat(run.answer(Answer.Choice.of("benches", "toilets", "shade", "lights")))
                .contains(new SurveyProblem(Code.TOO_MANY, 3, 0));
        assertThat(run.answer(Answer.Choice.of("swimming-pool"))).contains(SurveyProblem.of(Code.NOT_AN_ANSWER));
        assertThat(run.answer(Answer.Choice.of("shade", "shade"))).contains(SurveyProblem.of(Code.NOT_AN_ANSWER));
        assertThat(run.answer(new Answer.Choice(List.of("shade", SurveyRun.OTHER), "  ")))
                .contains(SurveyProblem.of(Code.OTHER_TEXT_MISSING));
        assertThat(run.answer(new Answer.Choice(List.of(SurveyRun.OTHER), "가".repeat(201))))
                .contains(new SurveyProblem(Code.TOO_LONG, 200, 0));
        assertThat(run.answerTo("q2")).as("refused answers are not kept").isEmpty();
        assertThat(run.answer(new Answer.Choice(List.of("shade", SurveyRun.OTHER), " 분수대 "))).isEmpty();
        assertThat(run.answerTo("q2")).contains(new Answer.Choice(List.of("shade", SurveyRun.OTHER), "분수대"));
        assertThat(run.answer(Answer.Choice.of())).isEmpty();
        assertThat(run.answerTo("q2")).as("nothing picked clears the answer").isEmpty();
    }

    @Test
    void aChoiceWithAMinimumRefusesFewer() {
        Question.Choice atLeastTwo = new Question.Choice("q", SurveyFixtures.l("?", "?"), true, Optional.empty(),
                SurveyFixtures.NEEDED.options(), 2, 3, false);
        assertThat(AnswerRules.check(atLeastTwo, Answer.Choice.of("shade")))
                .contains(new SurveyProblem(Code.TOO_FEW, 2, 0));
        assertThat(AnswerRules.check(atLeastTwo, Answer.Choice.of(SurveyRun.OTHER)))
                .as("no other offered").contains(SurveyProblem.of(Code.NOT_AN_ANSWER));
    }

    @Test
    void ratingsMustBeOnTheScale() {
        assertThat(AnswerRules.check(SurveyFixtures.SATISFACTION, new Answer.Rating(0)))
                .contains(new SurveyProblem(Code.OUT_OF_RANGE, 1, 5));
        assertThat(AnswerRules.check(SurveyFixtures.SATISFACTION, new Answer.Rating(6))).isPresent();
        assertThat(AnswerRules.check(SurveyFixtures.SATISFACTION, new Answer.Rating(1))).isEmpty();
        assertThat(AnswerRules.check(SurveyFixtures.RECOMMEND, new Answer.Rating(0))).isEmpty();
        assertThat(AnswerRules.check(SurveyFixtures.RECOMMEND, new Answer.Rating(10))).isEmpty();
        assertThat(AnswerRules.check(SurveyFixtures.RECOMMEND, new Answer.Rating(11)))
                .contains(new SurveyProblem(Code.OUT_OF_RANGE, 0, 10));
        assertThat(AnswerRules.check(SurveyFixtures.RECOMMEND, new Answer.YesNo(true)))
                .contains(SurveyProblem.of(Code.NOT_AN_ANSWER));
    }

    @Test
    void numbersMustBeWholeAndInRange() {
        assertThat(AnswerRules.wholeNumber("12")).contains(12L);
        assertThat(AnswerRules.wholeNumber("-3")).contains(-3L);
        for (String bad : List.of("", "-", "12.5", "1,000", " 12", "abc", "1234567890123456789")) {
            assertThat(AnswerRules.wholeNumber(bad)).as(bad).isEmpty();
        }
        assertThat(AnswerRules.check(SurveyFixtures.YEARS, new Answer.Number(121)))
                .contains(new SurveyProblem(Code.OUT_OF_RANGE, 0, 120));
        assertThat(AnswerRules.check(SurveyFixtures.YEARS, new Answer.Number(-1))).isPresent();
        assertThat(AnswerRules.check(SurveyFixtures.YEARS, new Answer.Number(120))).isEmpty();
    }

    @Test
    void textsAreLimitedInCharactersNotBytes() {
        assertThat(AnswerRules.check(SurveyFixtures.DONG, new Answer.Text("광".repeat(20)))).isEmpty();
        assertThat(AnswerRules.check(SurveyFixtures.DONG, new Answer.Text("광".repeat(21))))
                .contains(new SurveyProblem(Code.TOO_LONG, 20, 0));
        assertThat(AnswerRules.check(SurveyFixtures.DONG, new Answer.Text("  " + "광".repeat(20) + "  ")))
                .as("ends are trimmed").isEmpty();
    }

    @Test
    void theResponseBodyIsTheContractsCanonicalJson() {
        answerEverything(run);
        assertThat(run.responseBody(Optional.of("p:ignored")).text()).isEqualTo("{\"answers\":{"
                + "\"q1\":\"daily\",\"q2\":[\"toilets\",\"shade\",\"other\"],\"q2.other\":\"분수대\",\"q3\":4,"
                + "\"q5\":\"yes\",\"q6\":32,\"q7\":\"광산구\",\"q8\":\"닭갈비\"},\"survey\":\"2026-junggu-park\"}");
    }

    @Test
    void anIdentifiedSurveyAndOnlyItCarriesTheMember() {
        SurveyRun identified = SurveyRun.start(SurveyFixtures.park("named", 0, true, true));
        answerEverything(identified);
        assertThat(identified.responseBody(Optional.of("p:m-1")).tree().get("member").asText()).isEqualTo("p:m-1");
        assertThatThrownBy(() -> identified.responseBody(Optional.empty())).isInstanceOf(IllegalStateException.class);
        answerEverything(run);
        assertThat(run.responseBody(Optional.of("p:m-1")).tree().has("member")).isFalse();
    }

    @Test
    void aRunIsCompleteOnlyWithConsentAtTheSummary() {
        answerEverything(run);
        assertThat(run.complete()).isTrue();
        SurveyRun noConsent = SurveyRun.start(SurveyFixtures.park());
        assertThat(noConsent.consentNeeded()).isTrue();
        noConsent.answer(Answer.Choice.of("never"));
        noConsent.next();
        noConsent.answer(new Answer.Rating(3));
        noConsent.next();
        noConsent.next();
        noConsent.answer(new Answer.YesNo(false));
        noConsent.next();
        noConsent.next();
        noConsent.next();
        assertThat(noConsent.atSummary()).isTrue();
        assertThat(noConsent.complete()).isFalse();
        assertThatThrownBy(() -> noConsent.responseBody(Optional.empty())).isInstanceOf(IllegalStateException.class);
        assertThat(SurveyRun.start(SurveyFixtures.quick("x", 0)).consentNeeded()).isFalse();
    }

    /** Answers every question of the park survey (q4 skipped), ending at the summary. */
    static void answerEverything(SurveyRun run) {
        run.consent();
        assertThat(run.answer(Answer.Choice.of("daily"))).isEmpty();
        run.next();
        assertThat(run.answer(new Answer.Choice(List.of(SurveyRun.OTHER, "shade", "toilets"), "분수대"))).isEmpty();
        run.next();
        assertThat(run.answer(new Answer.Rating(4))).isEmpty();
        run.next();
        assertThat(run.skip()).isTrue();
        assertThat(run.answer(new Answer.YesNo(true))).isEmpty();
        run.next();
        assertThat(run.answer(new Answer.Number(32))).isEmpty();
        run.next();
        assertThat(run.answer(new Answer.Text("광산구"))).isEmpty();
        run.next();
        assertThat(run.answer(new Answer.Text("닭갈비"))).isEmpty();
        run.next();
        assertThat(run.atSummary()).isTrue();
    }
}
