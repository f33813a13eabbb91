package org.madang.central;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Base64;

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

    /** A payload with one poll closing at {@code closesAt}. */
    static ObjectNode withPoll(String pollId, String closesAt) {
        ObjectNode payload = payload();
        payload.putArray("polls").addObject().put("id", pollId).put("closesAt", closesAt);
        return payload;
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
