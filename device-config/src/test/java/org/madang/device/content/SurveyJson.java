package org.madang.device.content;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** A valid survey with every question type, which tests edit into invalid ones. */
final class SurveyJson {

    private SurveyJson() {
    }

    static ObjectNode full() {
        try {
            return (ObjectNode) ContentFixture.JSON.readTree("""
                {"id":"2026-junggu-park","title":{"ko":"중구 공원 이용 설문","en":"Jung-gu park survey"},
                 "intro":{"ko":"공원을 어떻게 쓰시는지 알려 주세요.","en":"Tell us how you use the parks."},
                 "opens":"2026-11-20T09:00:00+09:00","closes":"2026-12-20T18:00:00+09:00",
                 "points":500,"identified":false,
                 "consent":{"collected":{"ko":"연령대, 거주 동","en":"Age group, dong"},
                            "purpose":{"ko":"공원 정책 수립","en":"Park planning"},
                            "retention":{"ko":"설문 종료 후 1년","en":"One year after the survey"}},
                 "sections":[
                   {"id":"s1","title":{"ko":"공원 이용","en":"Using the parks"},"questions":[
                     {"id":"q1","type":"choice","text":{"ko":"얼마나 자주 가세요?","en":"How often do you go?"},
                      "required":true,"min":1,"max":1,
                      "options":[{"id":"a","label":{"ko":"매일","en":"Daily"}},
                                 {"id":"b","label":{"ko":"가끔","en":"Sometimes"}}],"other":true},
                     {"id":"q2","type":"rating","text":{"ko":"만족하세요?","en":"Are you satisfied?"},
                      "from":1,"to":5,"labels":{"1":{"ko":"전혀 아니다","en":"Not at all"},"5":{"ko":"매우 그렇다","en":"Very"}}},
                     {"id":"q3","type":"yesno","text":{"ko":"벤치가 더 필요한가요?","en":"More benches?"},
                      "showIf":{"question":"q1","anyOf":["a","other"]}}]},
                   {"id":"s2","title":{"ko":"나에 대해","en":"About you"},"questions":[
                     {"id":"q4","type":"number","text":{"ko":"이 동에 산 햇수","en":"Years in this dong"},
                      "min":0,"max":120,"unit":{"ko":"년","en":"years"},"showIf":{"question":"q2","anyOf":[4,"5"]}},
                     {"id":"q5","type":"text","text":{"ko":"바라는 점","en":"Your wishes"},"maxLength":200,
                      "multiline":true,"showIf":{"question":"q3","anyOf":["yes"]}},
                     {"id":"q6","type":"choice","text":{"ko":"함께 가는 사람","en":"Who comes with you"},
                      "min":1,"max":3,"options":[{"id":"alone","label":{"ko":"혼자","en":"Alone"}},
                        {"id":"family","label":{"ko":"가족","en":"Family"}},{"id":"friends","label":{"ko":"친구","en":"Friends"}}]}]}]}
                """);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode payloadWith(ObjectNode... surveys) {
        ObjectNode payload = ContentFixture.payload(1);
        ArrayNode array = payload.putArray("surveys");
        for (ObjectNode survey : surveys) {
            array.add(survey);
        }
        return payload;
    }

    /** Question {@code index} (0-based) of section {@code section}. */
    static ObjectNode question(ObjectNode survey, int section, int index) {
        return (ObjectNode) survey.withArray("sections").get(section).withArray("questions").get(index);
    }
}
