package org.madang.device.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.madang.device.content.SurveyJson.question;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.madang.device.content.survey.Condition;
import org.madang.device.content.survey.Consent;
import org.madang.device.content.survey.Option;
import org.madang.device.content.survey.Question;
import org.madang.device.content.survey.Section;
import org.madang.device.content.survey.Survey;

class SurveyValidationTest {

    private final ContentFixture fixture = new ContentFixture();

    private ContentBundle read(ObjectNode payload) throws ContentException {
        return ContentBundles.read(fixture.signed(payload), fixture.trusted);
    }

    @Test
    void readsASurveyWithEveryQuestionType() throws Exception {
        Survey survey = read(SurveyJson.payloadWith(SurveyJson.full())).survey("2026-junggu-park").orElseThrow();

        assertThat(survey.title()).isEqualTo(new Localized("중구 공원 이용 설문", "Jung-gu park survey"));
        assertThat(survey.opens()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(survey.closes()).isEqualTo(Instant.parse("2026-12-20T09:00:00Z"));
        assertThat(survey.points()).isEqualTo(500);
        assertThat(survey.identified()).isFalse();
        assertThat(survey.consent()).contains(new Consent(new Localized("연령대, 거주 동", "Age group, dong"),
                new Localized("공원 정책 수립", "Park planning"), new Localized("설문 종료 후 1년", "One year after the survey")));
        assertThat(survey.sections()).extracting(Section::id).containsExactly("s1", "s2");
        assertThat(survey.questions()).extracting(Question::id).containsExactly("q1", "q2", "q3", "q4", "q5", "q6");
        assertThat(survey.questions()).containsExactly(
                new Question.Choice("q1", new Localized("얼마나 자주 가세요?", "How often do you go?"), true, Optional.empty(),
                        List.of(new Option("a", new Localized("매일", "Daily")),
                                new Option("b", new Localized("가끔", "Sometimes"))), 1, 1, true),
                new Question.Rating("q2", new Localized("만족하세요?", "Are you satisfied?"), false, Optional.empty(), 1, 5,
                        Map.of(1, new Localized("전혀 아니다", "Not at all"), 5, new Localized("매우 그렇다", "Very"))),
                new Question.YesNo("q3", new Localized("벤치가 더 필요한가요?", "More benches?"), false,
                        Optional.of(new Condition("q1", Set.of("a", "other")))),
                new Question.Number("q4", new Localized("이 동에 산 햇수", "Years in this dong"), false,
                        Optional.of(new Condition("q2", Set.of("4", "5"))), 0, 120, new Localized("년", "years")),
                new Question.Text("q5", new Localized("바라는 점", "Your wishes"), false,
                        Optional.of(new Condition("q3", Set.of("yes"))), 200, true),
                new Question.Choice("q6", new Localized("함께 가는 사람", "Who comes with you"), false, Optional.empty(),
                        List.of(new Option("alone", new Localized("혼자", "Alone")),
                                new Option("family", new Localized("가족", "Family")),
                                new Option("friends", new Localized("친구", "Friends"))), 1, 3, false));
    }

    @Test
    void appliesTheDefaults() throws Exception {
        ObjectNode survey = SurveyJson.full();
        survey.remove(List.of("points", "identified", "consent"));
        question(survey, 0, 0).remove(List.of("required", "min", "max", "other"));
        ((ObjectNode) question(survey, 0, 2).get("showIf")).putArray("anyOf").add("a");
        question(survey, 1, 1).remove("multiline");
        question(survey, 1, 0).remove("unit");

        Survey read = read(SurveyJson.payloadWith(survey)).surveys().getFirst();

        assertThat(read.points()).isZero();
        assertThat(read.identified()).isFalse();
        assertThat(read.consent()).isEmpty();
        Question.Choice q1 = (Question.Choice) read.questions().getFirst();
        assertThat(q1.required()).isFalse();
        assertThat(q1.single()).isTrue();
        assertThat(q1.min()).isEqualTo(1);
        assertThat(q1.other()).isFalse();
        assertThat(((Question.Text) read.question("q5").orElseThrow()).multiline()).isFalse();
        assertThat(((Question.Number) read.question("q4").orElseThrow()).unit()).isEqualTo(new Localized("", ""));
    }

    @Test
    void anIdentifiedSurveyWithConsentIsAccepted() throws Exception {
        ObjectNode survey = SurveyJson.full().put("identified", true);

        assertThat(read(SurveyJson.payloadWith(survey)).surveys().getFirst().identified()).isTrue();
    }

    @Test
    void aRatingFromZeroToTenIsAccepted() throws Exception {
        ObjectNode survey = SurveyJson.full();
        question(survey, 0, 1).put("from", 0).put("to", 10).putObject("labels").putObject("0")
                .put("ko", "전혀").put("en", "Not at all");

        Question.Rating rating = (Question.Rating) read(SurveyJson.payloadWith(survey)).surveys().getFirst()
                .question("q2").orElseThrow();

        assertThat(rating.from()).isZero();
        assertThat(rating.to()).isEqualTo(10);
        assertThat(rating.labels()).containsOnlyKeys(0);
    }

    static Stream<Arguments> invalidSurveys() {
        return Stream.of(
                bad("id with capitals", s -> s.put("id", "Park"), "surveys[0].id", ContentProblem.Code.ID_FORMAT),
                bad("no intro", s -> s.remove("intro"), "surveys[0].intro", ContentProblem.Code.MISSING),
                bad("title without English", s -> ((ObjectNode) s.get("title")).remove("en"), "surveys[0].title.en",
                        ContentProblem.Code.MISSING),
                bad("closes at opening", s -> s.put("closes", "2026-11-20T09:00:00+09:00"), "surveys[0].closes",
                        ContentProblem.Code.CLOSES_NOT_AFTER_OPENS),
                bad("points 99", s -> s.put("points", 99), "surveys[0].points", ContentProblem.Code.POINTS_RANGE),
                bad("points 10,001", s -> s.put("points", 10_001), "surveys[0].points", ContentProblem.Code.POINTS_RANGE),
                bad("points negative", s -> s.put("points", -100), "surveys[0].points", ContentProblem.Code.POINTS_RANGE),
                bad("identified without consent", s -> s.put("identified", true).remove("consent"),
                        "surveys[0].identified", ContentProblem.Code.IDENTIFIED_WITHOUT_CONSENT),
                bad("consent without retention", s -> ((ObjectNode) s.get("consent")).remove("retention"),
                        "surveys[0].consent.retention", ContentProblem.Code.MISSING),
                bad("unknown survey member", s -> s.put("prize", "cake"), "surveys[0].prize",
                        ContentProblem.Code.UNKNOWN_FIELD),
                bad("no sections", s -> s.putArray("sections"), "surveys[0].sections", ContentProblem.Code.EMPTY),
                bad("section without questions", s -> ((ObjectNode) s.withArray("sections").get(1)).putArray("questions"),
                        "surveys[0].sections[1].questions", ContentProblem.Code.EMPTY),
                bad("duplicate section id", s -> ((ObjectNode) s.withArray("sections").get(1)).put("id", "s1"),
                        "surveys[0].sections[1].id", ContentProblem.Code.DUPLICATE),
                bad("question id twice across sections", s -> question(s, 1, 0).put("id", "q1"),
                        "surveys[0].sections[1].questions[0].id", ContentProblem.Code.DUPLICATE),
                bad("question id with a dot", s -> question(s, 1, 2).put("id", "q6.other"),
                        "surveys[0].sections[1].questions[2].id", ContentProblem.Code.ID_FORMAT),
                bad("unknown type", s -> question(s, 0, 2).put("type", "slider"),
                        "surveys[0].sections[0].questions[2].type", ContentProblem.Code.NOT_ONE_OF),
                bad("member of another type", s -> question(s, 0, 2).put("maxLength", 10),
                        "surveys[0].sections[0].questions[2].maxLength", ContentProblem.Code.UNKNOWN_FIELD),
                bad("question text without Korean", s -> ((ObjectNode) question(s, 0, 2).get("text")).remove("ko"),
                        "surveys[0].sections[0].questions[2].text.ko", ContentProblem.Code.MISSING),
                bad("required a string", s -> question(s, 0, 0).put("required", "yes"),
                        "surveys[0].sections[0].questions[0].required", ContentProblem.Code.WRONG_TYPE),
                bad("choice min 0", s -> question(s, 1, 2).put("min", 0), "surveys[0].sections[1].questions[2].min",
                        ContentProblem.Code.OUT_OF_RANGE),
                bad("choice max below min", s -> question(s, 1, 2).put("min", 3).put("max", 2),
                        "surveys[0].sections[1].questions[2].max", ContentProblem.Code.MAX_BELOW_MIN),
                bad("choice max above options", s -> question(s, 1, 2).put("max", 4),
                        "surveys[0].sections[1].questions[2].max", ContentProblem.Code.MORE_THAN_OFFERED),
                bad("choice max above options and other", s -> question(s, 0, 0).put("max", 4),
                        "surveys[0].sections[0].questions[0].max", ContentProblem.Code.MORE_THAN_OFFERED),
                bad("no options", s -> question(s, 1, 2).putArray("options"),
                        "surveys[0].sections[1].questions[2].options", ContentProblem.Code.EMPTY),
                bad("option id twice", s -> ((ObjectNode) question(s, 0, 0).withArray("options").get(1)).put("id", "a"),
                        "surveys[0].sections[0].questions[0].options[1].id", ContentProblem.Code.DUPLICATE),
                bad("option named other next to other", s -> ((ObjectNode) question(s, 0, 0).withArray("options").get(1))
                        .put("id", "other"), "surveys[0].sections[0].questions[0].options[1].id",
                        ContentProblem.Code.DUPLICATE),
                bad("option without label", s -> ((ObjectNode) question(s, 0, 0).withArray("options").get(1)).remove("label"),
                        "surveys[0].sections[0].questions[0].options[1].label", ContentProblem.Code.MISSING),
                bad("rating from 2", s -> question(s, 0, 1).put("from", 2), "surveys[0].sections[0].questions[1].from",
                        ContentProblem.Code.OUT_OF_RANGE),
                bad("rating to 11", s -> question(s, 0, 1).put("to", 11), "surveys[0].sections[0].questions[1].to",
                        ContentProblem.Code.OUT_OF_RANGE),
                bad("rating to 1", s -> question(s, 0, 1).put("to", 1), "surveys[0].sections[0].questions[1].to",
                        ContentProblem.Code.OUT_OF_RANGE),
                bad("rating label beyond the scale", s -> ((ObjectNode) question(s, 0, 1).get("labels")).putObject("6")
                        .put("ko", "최고").put("en", "Best"), "surveys[0].sections[0].questions[1].labels.6",
                        ContentProblem.Code.OUT_OF_RANGE),
                bad("rating label below the scale", s -> ((ObjectNode) question(s, 0, 1).get("labels")).putObject("0")
                        .put("ko", "최저").put("en", "Worst"), "surveys[0].sections[0].questions[1].labels.0",
                        ContentProblem.Code.OUT_OF_RANGE),
                bad("rating label key not a number", s -> ((ObjectNode) question(s, 0, 1).get("labels")).putObject("top")
                        .put("ko", "최고").put("en", "Best"), "surveys[0].sections[0].questions[1].labels.top",
                        ContentProblem.Code.OUT_OF_RANGE),
                bad("number max below min", s -> question(s, 1, 0).put("min", 10).put("max", 9),
                        "surveys[0].sections[1].questions[0].max", ContentProblem.Code.MAX_BELOW_MIN),
                bad("number without max", s -> question(s, 1, 0).remove("max"),
                        "surveys[0].sections[1].questions[0].max", ContentProblem.Code.MISSING),
                bad("text maxLength 0", s -> question(s, 1, 1).put("maxLength", 0),
                        "surveys[0].sections[1].questions[1].maxLength", ContentProblem.Code.OUT_OF_RANGE),
                bad("text maxLength 2001", s -> question(s, 1, 1).put("maxLength", 2001),
                        "surveys[0].sections[1].questions[1].maxLength", ContentProblem.Code.OUT_OF_RANGE),
                bad("showIf a later question", s -> ((ObjectNode) question(s, 0, 2).get("showIf")).put("question", "q4"),
                        "surveys[0].sections[0].questions[2].showIf.question", ContentProblem.Code.NOT_AN_EARLIER_QUESTION),
                bad("showIf itself", s -> ((ObjectNode) question(s, 0, 2).get("showIf")).put("question", "q3"),
                        "surveys[0].sections[0].questions[2].showIf.question", ContentProblem.Code.NOT_AN_EARLIER_QUESTION),
                bad("showIf an unknown question", s -> ((ObjectNode) question(s, 0, 2).get("showIf")).put("question", "q9"),
                        "surveys[0].sections[0].questions[2].showIf.question", ContentProblem.Code.NOT_AN_EARLIER_QUESTION),
                bad("showIf an option the choice lacks", s -> ((ObjectNode) question(s, 0, 2).get("showIf"))
                        .putArray("anyOf").add("c"), "surveys[0].sections[0].questions[2].showIf.anyOf[0]",
                        ContentProblem.Code.NOT_A_POSSIBLE_ANSWER),
                bad("showIf a rating off the scale", s -> ((ObjectNode) question(s, 1, 0).get("showIf"))
                        .putArray("anyOf").add(6), "surveys[0].sections[1].questions[0].showIf.anyOf[0]",
                        ContentProblem.Code.NOT_A_POSSIBLE_ANSWER),
                bad("showIf a yes/no answer of maybe", s -> ((ObjectNode) question(s, 1, 1).get("showIf"))
                        .putArray("anyOf").add("maybe"), "surveys[0].sections[1].questions[1].showIf.anyOf[0]",
                        ContentProblem.Code.NOT_A_POSSIBLE_ANSWER),
                bad("showIf a number out of range", s -> question(s, 1, 2).putObject("showIf").put("question", "q4")
                        .putArray("anyOf").add("121"), "surveys[0].sections[1].questions[2].showIf.anyOf[0]",
                        ContentProblem.Code.NOT_A_POSSIBLE_ANSWER),
                bad("showIf a free text", s -> question(s, 1, 2).putObject("showIf").put("question", "q5")
                        .putArray("anyOf").add("bench"), "surveys[0].sections[1].questions[2].showIf.anyOf[0]",
                        ContentProblem.Code.NOT_A_POSSIBLE_ANSWER),
                bad("showIf without values", s -> ((ObjectNode) question(s, 0, 2).get("showIf")).putArray("anyOf"),
                        "surveys[0].sections[0].questions[2].showIf.anyOf", ContentProblem.Code.EMPTY));
    }

    private static Arguments bad(String name, Consumer<ObjectNode> edit, String field, ContentProblem.Code code) {
        return Arguments.of(name, edit, field, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSurveys")
    void refusesAnInvalidSurveyNamingFieldAndRule(String name, Consumer<ObjectNode> edit, String field,
            ContentProblem.Code code) {
        ObjectNode survey = SurveyJson.full();
        edit.accept(survey);

        ContentException e = catchThrowableOfType(ContentException.class, () -> read(SurveyJson.payloadWith(survey)));

        assertThat(e).as(name).isNotNull();
        assertThat(e.problems()).as(name).extracting(ContentProblem::field, ContentProblem::code)
                .contains(tuple(field, code));
    }

    @Test
    void refusesTwoSurveysWithOneId() {
        ContentException e = catchThrowableOfType(ContentException.class,
                () -> read(SurveyJson.payloadWith(SurveyJson.full(), SurveyJson.full())));

        assertThat(e.problems()).extracting(ContentProblem::field, ContentProblem::code)
                .containsExactly(tuple("surveys[1].id", ContentProblem.Code.DUPLICATE));
    }

    @Test
    void aConditionOnAnInvalidQuestionIsNotReportedTwice() {
        ObjectNode survey = SurveyJson.full();
        question(survey, 0, 0).put("max", 9);

        ContentException e = catchThrowableOfType(ContentException.class, () -> read(SurveyJson.payloadWith(survey)));

        assertThat(e.problems()).extracting(ContentProblem::field)
                .containsExactly("surveys[0].sections[0].questions[0].max");
    }
}
