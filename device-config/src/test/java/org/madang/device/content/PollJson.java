package org.madang.device.content;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Valid poll JSON of each rule, which tests edit into invalid ones. */
final class PollJson {

    /** base64url of 32 bytes 0x01: a well-formed X25519 public key for the validator. */
    static final String SEAL_KEY = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE";
    /** base64url of 16 bytes 0x02. */
    static final String SALT = "AgICAgICAgICAgICAgICAg";
    static final String HASH_1 = "a".repeat(64);
    static final String HASH_2 = "b".repeat(64);

    private PollJson() {
    }

    static ObjectNode single() {
        return parse("""
                {"id":"2026-wolgok1-agenda",
                 "title":{"ko":"월곡1동 마을의제 사전투표","en":"Wolgok 1-dong agenda pre-vote"},
                 "description":{"ko":"주민총회에 올릴 의제 하나를 골라 주세요.","en":"Choose one item for the assembly."},
                 "opens":"2026-11-20T09:00:00+09:00","closes":"2026-12-04T18:00:00+09:00",
                 "eligibility":{"dongCodes":["2920067000"],"minimumAge":14},
                 "identification":["member","voucher","staff"],
                 "rule":{"type":"single"},
                 "allowBlank":true,
                 "items":[
                   {"id":"alley-lights","title":{"ko":"골목 조명 설치","en":"Alley lights"},
                    "description":{"ko":"어두운 골목 12곳","en":"12 dark alleys"},"image":"lights.png"},
                   {"id":"senior-lunch","title":{"ko":"어르신 공유부엌","en":"Seniors' shared kitchen"}}],
                 "seal":{"kid":"poll-2026-wolgok1","x25519":"%s"},
                 "voucherCodes":{"salt":"%s","iterations":200000,
                   "codes":[{"serial":"V-0001","hash":"%s"},{"serial":"V-0002","hash":"%s"}]}}
                """.formatted(SEAL_KEY, SALT, HASH_1, HASH_2));
    }

    static ObjectNode approval() {
        ObjectNode poll = plain("2026-wolgok1-approval", 4);
        poll.putObject("rule").put("type", "approval").put("min", 1).put("max", 3);
        return poll;
    }

    static ObjectNode budget() {
        ObjectNode poll = plain("2026-junggu-budget", 3);
        poll.putObject("rule").put("type", "budget").put("budget", 50_000_000L);
        long[] costs = {12_000_000L, 30_000_000L, 45_000_000L};
        for (int i = 0; i < costs.length; i++) {
            ((ObjectNode) poll.withArray("items").get(i)).put("cost", costs[i]);
        }
        return poll;
    }

    static ObjectNode ranked() {
        ObjectNode poll = plain("2026-wolgok1-ranked", 4);
        poll.putObject("rule").put("type", "ranked").put("k", 3);
        return poll;
    }

    /** A poll without the optional members, with {@code count} items and no rule yet. */
    private static ObjectNode plain(String id, int count) {
        ObjectNode poll = parse("""
                {"id":"%s","title":{"ko":"중구 주민참여예산","en":"Jung-gu participatory budget"},
                 "description":{"ko":"우리 동네 사업을 골라 주세요.","en":"Choose projects for our neighbourhood."},
                 "opens":"2026-11-20T09:00:00+09:00","closes":"2026-12-04T18:00:00+09:00",
                 "identification":["member"]}
                """.formatted(id));
        ArrayNode items = poll.putArray("items");
        for (int i = 1; i <= count; i++) {
            ObjectNode item = items.addObject().put("id", "item-" + i);
            item.putObject("title").put("ko", "사업 " + i).put("en", "Project " + i);
        }
        return poll;
    }

    static ObjectNode payloadWith(ObjectNode... polls) {
        ObjectNode payload = ContentFixture.payload(1);
        ArrayNode array = payload.putArray("polls");
        for (ObjectNode poll : polls) {
            array.add(poll);
        }
        return payload;
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) ContentFixture.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
