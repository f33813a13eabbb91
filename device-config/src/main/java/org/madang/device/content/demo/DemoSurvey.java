package org.madang.device.content.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The demo survey: a park-use survey with every question type, a consent screen and points. */
final class DemoSurvey {

    private DemoSurvey() {
    }

    static ObjectNode json(String id, String opens, String closes) {
        ObjectNode survey = JsonNodeFactory.instance.objectNode();
        survey.put("id", id);
        texts(survey, "title", "우리 동네 공원 이용 설문", "Neighbourhood park survey");
        texts(survey, "intro", "공원을 더 좋게 만들기 위해 여쭙니다. 5분 정도 걸리며, 답하신 분께는 소통포인트 500점을 드립니다.",
                "Help us make the parks better. It takes about five minutes; you can earn 500 participation points.");
        survey.put("opens", opens);
        survey.put("closes", closes);
        survey.put("points", 500);
        survey.put("identified", false);
        ObjectNode consent = survey.putObject("consent");
        texts(consent, "collected", "연령대, 거주 동, 설문 응답 (이름과 연락처는 받지 않습니다)",
                "Age group, dong of residence, your answers (no name or contact details)");
        texts(consent, "purpose", "공원 정비 계획 수립과 통계 작성", "Planning park improvements and statistics");
        texts(consent, "retention", "설문 종료 후 1년간 보관 후 파기", "Kept for one year after the survey, then destroyed");
        ArrayNode sections = survey.putArray("sections");

        ArrayNode use = section(sections, "use", "공원 이용", "Using the parks");
        ObjectNode often = question(use, "how-often", "choice", "공원에 얼마나 자주 가세요?", "How often do you go to a park?");
        often.put("required", true).put("min", 1).put("max", 1).put("other", false);
        options(often, "daily", "거의 매일", "Almost every day", "weekly", "일주일에 한두 번", "Once or twice a week",
                "monthly", "한 달에 한두 번", "Once or twice a month", "rarely", "거의 안 감", "Hardly ever");
        ObjectNode why = question(use, "why", "choice", "주로 무엇을 하러 가세요? (최대 3개)",
                "What do you mostly go for? (up to 3)");
        why.put("min", 1).put("max", 3).put("other", true);
        options(why, "walk", "산책", "A walk", "exercise", "운동", "Exercise", "children", "아이와 놀기",
                "Playing with children", "rest", "휴식", "Rest");
        why.putObject("showIf").put("question", "how-often").putArray("anyOf").add("daily").add("weekly").add("monthly");
        ObjectNode satisfied = question(use, "satisfaction", "rating", "공원에 얼마나 만족하세요?",
                "How satisfied are you with the park?");
        satisfied.put("required", true).put("from", 1).put("to", 5);
        ObjectNode labels = satisfied.putObject("labels");
        texts(labels, "1", "매우 불만족", "Very dissatisfied");
        texts(labels, "3", "보통", "Neither");
        texts(labels, "5", "매우 만족", "Very satisfied");
        ObjectNode recommend = question(use, "recommend", "rating", "이웃에게 이 공원을 추천하시겠어요?",
                "Would you recommend the park to a neighbour?");
        recommend.put("from", 0).put("to", 10);
        texts(recommend.putObject("labels"), "0", "전혀 아니다", "Not at all");
        texts((ObjectNode) recommend.get("labels"), "10", "꼭 추천한다", "Certainly");

        ArrayNode wishes = section(sections, "wishes", "바라는 점", "What you would like");
        ObjectNode benches = question(wishes, "more-benches", "yesno", "쉴 수 있는 의자가 더 필요한가요?",
                "Does the park need more benches?");
        benches.put("required", true);
        ObjectNode where = question(wishes, "bench-where", "text", "어디에 놓으면 좋을까요?", "Where should they go?");
        where.put("maxLength", 100).put("multiline", false);
        where.putObject("showIf").put("question", "more-benches").putArray("anyOf").add("yes");
        ObjectNode years = question(wishes, "years", "number", "이 동네에 몇 년째 사셨어요?",
                "How many years have you lived here?");
        years.put("min", 0).put("max", 100);
        texts(years, "unit", "년", "years");
        ObjectNode idea = question(wishes, "idea", "text", "공원에 바라는 점을 자유롭게 적어 주세요.",
                "Anything else you would like for the park?");
        idea.put("maxLength", 500).put("multiline", true);
        return survey;
    }

    private static ArrayNode section(ArrayNode sections, String id, String titleKo, String titleEn) {
        ObjectNode section = sections.addObject();
        section.put("id", id);
        texts(section, "title", titleKo, titleEn);
        return section.putArray("questions");
    }

    private static ObjectNode question(ArrayNode questions, String id, String type, String textKo, String textEn) {
        ObjectNode question = questions.addObject();
        question.put("id", id);
        question.put("type", type);
        texts(question, "text", textKo, textEn);
        return question;
    }

    /** Options as triples: id, Korean label, English label. */
    private static void options(ObjectNode question, String... triples) {
        ArrayNode options = question.putArray("options");
        for (int i = 0; i < triples.length; i += 3) {
            ObjectNode option = options.addObject();
            option.put("id", triples[i]);
            texts(option, "label", triples[i + 1], triples[i + 2]);
        }
    }

    private static void texts(ObjectNode parent, String name, String ko, String en) {
        parent.putObject(name).put("ko", ko).put("en", en);
    }
}
