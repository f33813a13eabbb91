package org.madang.device.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.Ed25519PublicKey;

/** A central key and a valid bundle payload that tests edit. */
final class ContentFixture {

    static final String KID = "central-2026";
    static final ObjectMapper JSON = new ObjectMapper();

    final Ed25519KeyPair central = keyPair(7);
    final Map<String, Ed25519PublicKey> trusted = Map.of(KID, central.publicKey());

    static Ed25519KeyPair keyPair(int fill) {
        byte[] seed = new byte[32];
        java.util.Arrays.fill(seed, (byte) fill);
        return Ed25519KeyPair.ofSeed(seed);
    }

    static ObjectNode payload(int version) {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"schemaVersion":1,"version":%d,"issuedAt":"2026-11-22T00:00:00Z","district":"서울특별시 중구",
                     "memberHashKey":{"id":"m1","key":"%s"},
                     "events":[
                       {"id":"2026-myeongdong-cleanup","title":{"ko":"명동 골목 대청소","en":"Myeongdong alley clean-up"},
                        "siteCode":"1114055000","start":"2026-11-22T09:00:00+09:00","end":"2026-11-22T18:00:00+09:00",
                        "points":500,"limit":"once-per-event"},
                       {"id":"2026-jung-gu-festival","title":{"ko":"중구 골목 축제","en":"Jung-gu alley festival"},
                        "start":"2026-11-22T00:00:00+09:00","end":"2026-11-24T00:00:00+09:00",
                        "points":300,"limit":"once-per-day"}],
                     "revocations":[{"type":"member","sub":"member-lost"},{"type":"staff","sub":"staff-left"},
                       {"type":"voucher","serial":"V-000999"}]}
                    """.formatted(version, Base64.getEncoder().encodeToString(new byte[32])));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] signed(ObjectNode payload) {
        return ContentBundles.sign(payload, central, KID).getBytes(StandardCharsets.US_ASCII);
    }

    /** header.payload signed over exactly those texts, whatever they say. */
    String signedRaw(String headerJson, String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        return input + "." + b64.encodeToString(central.sign(input.getBytes(StandardCharsets.US_ASCII)).bytes());
    }

    byte[] signed(int version) {
        return signed(payload(version));
    }
}
