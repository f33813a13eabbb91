package org.madang.central;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Base64;
import java.util.List;

/** Content payloads for tests: valid for device-config's validation, without version and issuedAt. */
final class Contents {

    static final ObjectMapper JSON = new ObjectMapper();

    private Contents() {
    }

    static ObjectNode payload() {
        return parse("""
                {"district":"서울특별시 중구",
                 "memberHashKey":{"id":"m1","key":"%s"},
                 "events":[
                   {"id":"2026-myeongdong-cleanup","title":{"ko":"명동 골목 대청소","en":"Myeongdong alley clean-up"},
                    "siteCode":"1114055000","start":"2026-11-22T09:00:00+09:00","end":"2026-11-22T18:00:00+09:00",
                    "points":500,"limit":"once-per-event"}],
                 "revocations":[]}
                """.formatted(Base64.getEncoder().encodeToString(new byte[32])));
    }

    /** The contract's poll times: open on the 20th, closed at 18:00 KST on 4 December. */
    static final String OPENS = "2026-11-20T09:00:00+09:00";
    static final String CLOSES = "2026-12-04T18:00:00+09:00";

    /**
     * A poll as the wave contract publishes it: items {@code a}, {@code b}, {@code c}, … with costs
     * when {@code rule} is a budget; {@code seal} is {@code {"kid","x25519"}} or null.
     */
    static ObjectNode poll(String id, String rule, boolean allowBlank, ObjectNode seal, long... costs) {
        ObjectNode poll = parse("""
                {"id":"%s","title":{"ko":"마을 의제","en":"Village agenda"},
                 "description":{"ko":"하나를 고르세요","en":"Choose"},
                 "opens":"%s","closes":"%s","eligibility":{"dongCodes":["1114055000"],"minimumAge":14},
                 "identification":["member","voucher","staff"],"rule":%s,"allowBlank":%s,"items":[]}
                """.formatted(id, OPENS, CLOSES, rule, allowBlank));
        for (int i = 0; i < costs.length; i++) {
            String item = String.valueOf((char) ('a' + i));
            ObjectNode node = ((com.fasterxml.jackson.databind.node.ArrayNode) poll.get("items")).addObject();
            node.put("id", item);
            node.putObject("title").put("ko", "안건 " + item).put("en", "Item " + item);
            node.putObject("description").put("ko", "설명").put("en", "About it");
            if (rule.contains("budget")) {
                node.put("cost", costs[i]);
            }
        }
        if (seal != null) {
            poll.set("seal", seal);
        }
        return poll;
    }

    /** A payload with these polls and surveys. */
    static ObjectNode with(List<ObjectNode> polls, List<ObjectNode> surveys) {
        ObjectNode payload = payload();
        polls.forEach(payload.putArray("polls")::add);
        surveys.forEach(payload.putArray("surveys")::add);
        return payload;
    }

    /**
     * A survey with a single choice (with "other"), a multiple choice, a rating, a yes/no shown
     * only after q1 = a, a number and a text question.
     */
    static ObjectNode survey(String id, boolean identified, int points) {
        return parse("""
                {"id":"%s","title":{"ko":"공원 설문","en":"Park survey"},"intro":{"ko":"소개","en":"Intro"},
                 "opens":"%s","closes":"%s","points":%d,"identified":%s,
                 "consent":{"collected":{"ko":"회원 번호","en":"Member number"},"purpose":{"ko":"포인트","en":"Points"},
                            "retention":{"ko":"1년","en":"One year"}},
                 "sections":[{"id":"s1","title":{"ko":"이용","en":"Use"},"questions":[
                   {"id":"q1","type":"choice","text":{"ko":"자주 가는 공원","en":"Your park"},"required":true,
                    "min":1,"max":1,"options":[{"id":"a","label":{"ko":"남산","en":"Namsan"}},
                                               {"id":"b","label":{"ko":"서울로","en":"Seoullo"}}],"other":true},
                   {"id":"q2","type":"choice","text":{"ko":"필요한 시설","en":"Facilities"},"min":1,"max":3,
                    "options":[{"id":"a","label":{"ko":"의자","en":"Benches"}},{"id":"b","label":{"ko":"화장실","en":"Toilets"}},
                               {"id":"c","label":{"ko":"조명","en":"Lights"}}],"other":false},
                   {"id":"q3","type":"rating","text":{"ko":"만족도","en":"Satisfaction"},"from":1,"to":5,
                    "labels":{"1":{"ko":"나쁨","en":"Bad"},"5":{"ko":"좋음","en":"Good"}}},
                   {"id":"q4","type":"yesno","text":{"ko":"다시 갈까요, 정말?","en":"Again?"},
                    "showIf":{"question":"q1","anyOf":["a"]}},
                   {"id":"q5","type":"number","text":{"ko":"거주 연수","en":"Years lived here"},"min":0,"max":120,
                    "unit":{"ko":"년","en":"years"}},
                   {"id":"q6","type":"text","text":{"ko":"하고 싶은 말","en":"Anything else"},"maxLength":200,
                    "multiline":true}]}]}
                """.formatted(id, OPENS, CLOSES, points, identified));
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
