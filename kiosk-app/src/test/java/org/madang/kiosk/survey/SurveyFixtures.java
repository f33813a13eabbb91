package org.madang.kiosk.survey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.madang.device.content.Localized;
import org.madang.device.content.survey.Condition;
import org.madang.device.content.survey.Consent;
import org.madang.device.content.survey.Option;
import org.madang.device.content.survey.Question;
import org.madang.device.content.survey.Section;
import org.madang.device.content.survey.Survey;

/**
 * A park survey with every question type, built in code (until the content validator reads
 * surveys): 8 questions, two of them conditional.
 */
public final class SurveyFixtures {

    /** 2026-11-22 10:00 in Seoul. */
    public static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

    public static final Question.Choice HOW_OFTEN = new Question.Choice("q1",
            l("중앙공원을 얼마나 자주 이용하세요?", "How often do you use the central park?"), true, Optional.empty(),
            List.of(option("daily", "거의 매일", "Almost every day"), option("weekly", "일주일에 한두 번", "Once or twice a week"),
                    option("monthly", "한 달에 한두 번", "Once or twice a month"), option("never", "이용하지 않음", "I do not use it")),
            1, 1, false);
    public static final Question.Choice NEEDED = new Question.Choice("q2",
            l("공원에 무엇이 더 필요할까요?", "What does the park need more of?"), true,
            Optional.of(new Condition("q1", Set.of("daily", "weekly", "monthly"))),
            List.of(option("benches", "쉼터와 의자", "Benches"), option("toilets", "화장실", "Toilets"),
                    option("shade", "그늘막", "Shade"), option("lights", "밤길 조명", "Lights at night"),
                    option("exercise", "운동기구", "Exercise equipment")),
            1, 3, true);
    public static final Question.Rating SATISFACTION = new Question.Rating("q3",
            l("공원에 얼마나 만족하세요?", "How satisfied are you with the park?"), true, Optional.empty(), 1, 5,
            Map.of(1, l("매우 불만족", "Very unsatisfied"), 3, l("보통", "Neutral"), 5, l("매우 만족", "Very satisfied")));
    public static final Question.Rating RECOMMEND = new Question.Rating("q4",
            l("이웃에게 공원을 추천하시겠어요?", "Would you recommend the park to a neighbour?"), false, Optional.empty(), 0,
            10, Map.of(0, l("전혀 아니다", "Not at all"), 10, l("꼭 추천한다", "Certainly")));
    public static final Question.YesNo LIVES_HERE = new Question.YesNo("q5",
            l("중구에 사세요?", "Do you live in Jung-gu?"), true, Optional.empty());
    public static final Question.Number YEARS = new Question.Number("q6",
            l("중구에 몇 년째 사셨어요?", "How many years have you lived in Jung-gu?"), false,
            Optional.of(new Condition("q5", Set.of("yes"))), 0, 120, l("년", "years"));
    public static final Question.Text DONG = new Question.Text("q7",
            l("사시는 동 이름을 적어 주세요", "Which dong do you live in?"), false, Optional.empty(), 20, false);
    public static final Question.Text WORDS = new Question.Text("q8",
            l("구청에 하고 싶은 말씀을 적어 주세요", "Anything you would like to tell the district office?"), false,
            Optional.empty(), 200, true);

    private SurveyFixtures() {
    }

    /** The anonymous park survey with 500 points and a consent screen. */
    public static Survey park() {
        return park("2026-junggu-park", 500, false, true);
    }

    /** The park survey with another id, points, identification and consent. */
    public static Survey park(String id, int points, boolean identified, boolean consent) {
        return new Survey(id, l("중앙공원 이용 설문", "Central park survey"),
                l("중앙공원을 더 좋게 만들기 위해 여쭙니다. 3분 정도 걸립니다.",
                        "Help us make the central park better. It takes about 3 minutes."),
                consent ? Optional.of(new Consent(l("응답 내용 (이름·연락처는 받지 않습니다)", "Your answers (no name or phone number)"),
                        l("중앙공원 정비 계획 수립", "Planning the park's renovation"),
                        l("설문 종료 후 1년", "One year after the survey ends"))) : Optional.empty(),
                List.of(new Section("s1", l("공원 이용", "Using the park"), List.of(HOW_OFTEN, NEEDED, SATISFACTION, RECOMMEND)),
                        new Section("s2", l("나에 대해", "About you"), List.of(LIVES_HERE, YEARS, DONG, WORDS))),
                points, identified, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(13)));
    }

    /** A one-question survey (for the list and for short flows). */
    public static Survey quick(String id, int points) {
        return new Survey(id, l("버스 정류장 의자 설문", "Bus stop bench survey"), l("한 문항입니다.", "One question."),
                Optional.empty(), List.of(new Section("s1", l("의자", "Benches"), List.of(new Question.YesNo("q1",
                        l("정류장에 의자가 더 필요하세요?", "Do bus stops need more benches?"), true, Optional.empty())))),
                points, false, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(3)));
    }

    /** Content holding {@code surveys}; a member's pseudonym is {@code p:} and the member id. */
    public static SurveyContent content(Survey... surveys) {
        List<Survey> list = List.of(surveys);
        return new SurveyContent() {
            @Override
            public List<Survey> surveys() {
                return list;
            }

            @Override
            public String pseudonymOf(String memberId) {
                return "p:" + memberId;
            }
        };
    }

    static Localized l(String ko, String en) {
        return new Localized(ko, en);
    }

    private static Option option(String id, String ko, String en) {
        return new Option(id, l(ko, en));
    }
}
