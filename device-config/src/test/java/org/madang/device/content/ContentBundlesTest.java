package org.madang.device.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.madang.device.content.ContentFixture.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
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
import org.madang.device.token.Revocations;

class ContentBundlesTest {

    private final ContentFixture fixture = new ContentFixture();

    @Test
    void readsAValidBundleIntoRecords() throws Exception {
        ContentBundle bundle = ContentBundles.read(fixture.signed(7), fixture.trusted);

        assertThat(bundle.version()).isEqualTo(7);
        assertThat(bundle.issuedAt()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
        assertThat(bundle.district()).isEqualTo("서울특별시 중구");
        assertThat(bundle.memberPseudonym().keyId()).isEqualTo("m1");
        assertThat(bundle.events()).containsExactly(
                new Event("2026-myeongdong-cleanup", "명동 골목 대청소", "Myeongdong alley clean-up", Optional.of("1114055000"),
                        Instant.parse("2026-11-22T00:00:00Z"), Instant.parse("2026-11-22T09:00:00Z"), 500,
                        CheckinLimit.ONCE_PER_EVENT),
                new Event("2026-jung-gu-festival", "중구 골목 축제", "Jung-gu alley festival", Optional.empty(),
                        Instant.parse("2026-11-21T15:00:00Z"), Instant.parse("2026-11-23T15:00:00Z"), 300,
                        CheckinLimit.ONCE_PER_DAY));
        assertThat(bundle.revocations()).isEqualTo(new Revocations(Set.of("member-lost"), Set.of("staff-left"),
                Set.of("V-000999")));
        assertThat(bundle.event("2026-jung-gu-festival")).isPresent();
    }

    @Test
    void toleratesSurroundingWhiteSpaceFromAFile() throws Exception {
        byte[] withNewline = (new String(fixture.signed(1), StandardCharsets.US_ASCII) + "\n").getBytes(StandardCharsets.US_ASCII);

        assertThat(ContentBundles.read(withNewline, fixture.trusted).version()).isEqualTo(1);
    }

    static Stream<Arguments> invalidPayloads() {
        return Stream.of(
                bad("points below 100", p -> event(p, 0).put("points", 99), "events[0].points", ContentProblem.Code.OUT_OF_RANGE),
                bad("points above 10,000", p -> event(p, 0).put("points", 10_001), "events[0].points",
                        ContentProblem.Code.OUT_OF_RANGE),
                bad("points a string", p -> event(p, 0).put("points", "500"), "events[0].points", ContentProblem.Code.WRONG_TYPE),
                bad("end equal to start", p -> event(p, 0).put("end", "2026-11-22T09:00:00+09:00"), "events[0].end",
                        ContentProblem.Code.END_NOT_AFTER_START),
                bad("end before start", p -> event(p, 1).put("end", "2026-11-21T00:00:00+09:00"), "events[1].end",
                        ContentProblem.Code.END_NOT_AFTER_START),
                bad("duplicate event id", p -> event(p, 1).put("id", "2026-myeongdong-cleanup"), "events[1].id",
                        ContentProblem.Code.DUPLICATE),
                bad("event id with capitals", p -> event(p, 1).put("id", "Festival"), "events[1].id",
                        ContentProblem.Code.ID_FORMAT),
                bad("site code 9 digits", p -> event(p, 0).put("siteCode", "111405500"), "events[0].siteCode",
                        ContentProblem.Code.SITE_CODE_FORMAT),
                bad("site code with letters", p -> event(p, 0).put("siteCode", "11140550AB"), "events[0].siteCode",
                        ContentProblem.Code.SITE_CODE_FORMAT),
                bad("unknown limit", p -> event(p, 0).put("limit", "twice-per-day"), "events[0].limit",
                        ContentProblem.Code.NOT_ONE_OF),
                bad("start without offset", p -> event(p, 0).put("start", "2026-11-22T09:00:00"), "events[0].start",
                        ContentProblem.Code.NOT_AN_INSTANT),
                bad("title without English", p -> ((ObjectNode) event(p, 0).get("title")).remove("en"), "events[0].title.en",
                        ContentProblem.Code.MISSING),
                bad("blank Korean title", p -> ((ObjectNode) event(p, 0).get("title")).put("ko", " "), "events[0].title.ko",
                        ContentProblem.Code.BLANK),
                bad("unknown event field", p -> event(p, 0).put("prize", "cake"), "events[0].prize",
                        ContentProblem.Code.UNKNOWN_FIELD),
                bad("event not an object", p -> p.withArray("events").set(0, p.textNode("x")), "events[0]",
                        ContentProblem.Code.WRONG_TYPE),
                bad("no events", p -> p.remove("events"), "events", ContentProblem.Code.MISSING),
                bad("unknown top-level field", p -> p.put("banner", "hi"), "banner", ContentProblem.Code.UNKNOWN_FIELD),
                bad("schema version 2", p -> p.put("schemaVersion", 2), "schemaVersion",
                        ContentProblem.Code.UNSUPPORTED_SCHEMA_VERSION),
                bad("version 0", p -> p.put("version", 0), "version", ContentProblem.Code.OUT_OF_RANGE),
                bad("version a fraction", p -> p.put("version", 1.5), "version", ContentProblem.Code.WRONG_TYPE),
                bad("issuedAt not a time", p -> p.put("issuedAt", "yesterday"), "issuedAt", ContentProblem.Code.NOT_AN_INSTANT),
                bad("blank district", p -> p.put("district", ""), "district", ContentProblem.Code.BLANK),
                bad("hash key 16 bytes", p -> ((ObjectNode) p.get("memberHashKey")).put("key", Base64.getEncoder().encodeToString(new byte[16])),
                        "memberHashKey.key", ContentProblem.Code.HASH_KEY_LENGTH),
                bad("hash key not base64", p -> ((ObjectNode) p.get("memberHashKey")).put("key", "not base64!"), "memberHashKey.key",
                        ContentProblem.Code.HASH_KEY_LENGTH),
                bad("hash key id with a colon", p -> ((ObjectNode) p.get("memberHashKey")).put("id", "m:1"), "memberHashKey.id",
                        ContentProblem.Code.ID_FORMAT),
                bad("revocation of an unknown type", p -> ((ObjectNode) p.withArray("revocations").get(0)).put("type", "device"),
                        "revocations[0].type", ContentProblem.Code.NOT_ONE_OF),
                bad("voucher revocation without serial", p -> ((ObjectNode) p.withArray("revocations").get(2)).remove("serial"),
                        "revocations[2].serial", ContentProblem.Code.MISSING),
                bad("member revocation with a serial", p -> ((ObjectNode) p.withArray("revocations").get(0)).put("serial", "x"),
                        "revocations[0].serial", ContentProblem.Code.UNKNOWN_FIELD),
                bad("polls not an array", p -> p.put("polls", "soon"), "polls", ContentProblem.Code.WRONG_TYPE),
                bad("surveys not an array", p -> p.put("surveys", 3), "surveys", ContentProblem.Code.WRONG_TYPE));
    }

    private static Arguments bad(String name, Consumer<ObjectNode> edit, String field, ContentProblem.Code code) {
        return Arguments.of(name, edit, field, code);
    }

    private static ObjectNode event(ObjectNode payload, int index) {
        return (ObjectNode) payload.withArray("events").get(index);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPayloads")
    void namesTheFieldAndRuleOfEveryInvalidValue(String name, Consumer<ObjectNode> edit, String field,
            ContentProblem.Code code) {
        ObjectNode payload = payload(1);
        edit.accept(payload);

        ContentException e = catchThrowableOfType(ContentException.class,
                () -> ContentBundles.read(fixture.signed(payload), fixture.trusted));

        assertThat(e).as(name).isNotNull();
        assertThat(e.problems()).as(name).extracting(ContentProblem::field, ContentProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple(field, code));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        ObjectNode payload = payload(1);
        event(payload, 0).put("points", 5);
        event(payload, 1).put("limit", "sometimes");
        payload.put("district", "");

        ContentException e = catchThrowableOfType(ContentException.class,
                () -> ContentBundles.read(fixture.signed(payload), fixture.trusted));

        assertThat(e.problems()).extracting(ContentProblem::field)
                .containsExactlyInAnyOrder("district", "events[0].points", "events[1].limit");
    }

    @Test
    void neverEchoesTheMemberHashKey() {
        ObjectNode payload = payload(1);
        ((ObjectNode) payload.get("memberHashKey")).put("key", "c2VjcmV0LWJ1dC10b28tc2hvcnQ=");

        ContentException e = catchThrowableOfType(ContentException.class,
                () -> ContentBundles.read(fixture.signed(payload), fixture.trusted));

        assertThat(e.getMessage()).doesNotContain("c2VjcmV0LWJ1dC10b28tc2hvcnQ=");
    }

    static Stream<Arguments> badEnvelopes() {
        ContentFixture f = new ContentFixture();
        String good = new String(f.signed(1), StandardCharsets.US_ASCII);
        String[] parts = good.split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload(99).toString().getBytes(StandardCharsets.UTF_8));
        String strangerSigned = ContentBundles.sign(payload(1), ContentFixture.keyPair(8), ContentFixture.KID);
        String otherKid = ContentBundles.sign(payload(1), f.central, "central-2099");
        String tokenTyped = f.signedRaw("{\"alg\":\"EdDSA\",\"kid\":\"central-2026\",\"typ\":\"member\"}", payload(1).toString());
        String notJson = f.signedRaw("{\"alg\":\"EdDSA\",\"kid\":\"central-2026\",\"typ\":\"madang-content\"}", "{\"version\":");
        String noKid = f.signedRaw("{\"alg\":\"EdDSA\",\"typ\":\"madang-content\"}", payload(1).toString());
        String hs256 = f.signedRaw("{\"alg\":\"HS256\",\"kid\":\"central-2026\",\"typ\":\"madang-content\"}", payload(1).toString());
        return Stream.of(
                Arguments.of("tampered payload", parts[0] + "." + otherPayload + "." + parts[2], ContentProblem.Code.SIGNATURE_INVALID),
                Arguments.of("signed by a stranger", strangerSigned, ContentProblem.Code.SIGNATURE_INVALID),
                Arguments.of("unknown key", otherKid, ContentProblem.Code.KEY_UNKNOWN),
                Arguments.of("no kid", noKid, ContentProblem.Code.KEY_ID_MISSING),
                Arguments.of("HS256", hs256, ContentProblem.Code.ALGORITHM_REFUSED),
                Arguments.of("a member token's typ", tokenTyped, ContentProblem.Code.NOT_CONTENT),
                Arguments.of("malformed JSON", notJson, ContentProblem.Code.MALFORMED_JSON),
                Arguments.of("not a JWS", "hello, world", ContentProblem.Code.NOT_A_JWS),
                Arguments.of("empty file", "", ContentProblem.Code.NOT_A_JWS),
                Arguments.of("truncated", good.substring(0, good.length() / 2), ContentProblem.Code.NOT_A_JWS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEnvelopes")
    void refusesABundleThatIsNotSignedContentOfATrustedKey(String name, String jws, ContentProblem.Code code) {
        ContentException e = catchThrowableOfType(ContentException.class,
                () -> ContentBundles.read(jws.getBytes(StandardCharsets.UTF_8), fixture.trusted));

        assertThat(e).as(name).isNotNull();
        assertThat(e.problems()).as(name).extracting(ContentProblem::code).containsExactly(code);
    }

    @Test
    void aBundleIsNotReadWithoutTrustedKeys() {
        assertThatThrownBy(() -> ContentBundles.read(fixture.signed(1), Map.of()))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.problems())
                        .extracting(ContentProblem::code).isEqualTo(List.of(ContentProblem.Code.KEY_UNKNOWN)));
    }
}
