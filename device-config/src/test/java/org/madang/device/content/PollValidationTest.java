package org.madang.device.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.madang.device.content.poll.BallotRule;
import org.madang.device.content.poll.Eligibility;
import org.madang.device.content.poll.IdentificationMethod;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.PollItem;
import org.madang.device.content.poll.SealKey;

class PollValidationTest {

    private final ContentFixture fixture = new ContentFixture();

    private ContentBundle read(ObjectNode payload) throws ContentException {
        return ContentBundles.read(fixture.signed(payload), fixture.trusted);
    }

    @Test
    void readsASinglePollWithEveryOptionalMember() throws Exception {
        Poll poll = read(PollJson.payloadWith(PollJson.single())).poll("2026-wolgok1-agenda").orElseThrow();

        assertThat(poll.title()).isEqualTo(new Localized("월곡1동 마을의제 사전투표", "Wolgok 1-dong agenda pre-vote"));
        assertThat(poll.opens()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(poll.closes()).isEqualTo(Instant.parse("2026-12-04T09:00:00Z"));
        assertThat(poll.eligibility()).isEqualTo(new Eligibility(Set.of("2920067000"), 14));
        assertThat(poll.identification()).containsExactlyInAnyOrder(IdentificationMethod.values());
        assertThat(poll.rule()).isEqualTo(new BallotRule.Single());
        assertThat(poll.allowBlank()).isTrue();
        assertThat(poll.items()).containsExactly(
                new PollItem("alley-lights", new Localized("골목 조명 설치", "Alley lights"),
                        new Localized("어두운 골목 12곳", "12 dark alleys"), Optional.of("lights.png"), 0),
                new PollItem("senior-lunch", new Localized("어르신 공유부엌", "Seniors' shared kitchen"),
                        new Localized("", ""), Optional.empty(), 0));
        assertThat(poll.seal()).contains(new SealKey("poll-2026-wolgok1", filled(32, 1)));
        var codes = poll.voucherCodes().orElseThrow();
        assertThat(codes.salt()).isEqualTo(filled(16, 2));
        assertThat(codes.iterations()).isEqualTo(200_000);
        assertThat(codes.serialsByHash()).isEqualTo(Map.of(PollJson.HASH_1, "V-0001", PollJson.HASH_2, "V-0002"));
    }

    @Test
    void readsAnApprovalPollWithDefaults() throws Exception {
        Poll poll = read(PollJson.payloadWith(PollJson.approval())).polls().getFirst();

        assertThat(poll.rule()).isEqualTo(new BallotRule.Approval(1, 3));
        assertThat(poll.eligibility()).isEqualTo(Eligibility.ANYONE);
        assertThat(poll.allowBlank()).isFalse();
        assertThat(poll.seal()).isEmpty();
        assertThat(poll.voucherCodes()).isEmpty();
        assertThat(poll.identification()).containsExactly(IdentificationMethod.MEMBER);
    }

    @Test
    void readsABudgetPollWithItsCosts() throws Exception {
        Poll poll = read(PollJson.payloadWith(PollJson.budget())).polls().getFirst();

        assertThat(poll.rule()).isEqualTo(new BallotRule.Budget(50_000_000L));
        assertThat(poll.items()).extracting(PollItem::cost).containsExactly(12_000_000L, 30_000_000L, 45_000_000L);
    }

    @Test
    void readsARankedPoll() throws Exception {
        assertThat(read(PollJson.payloadWith(PollJson.ranked())).polls().getFirst().rule())
                .isEqualTo(new BallotRule.Ranked(3));
    }

    @Test
    void readsSeveralPollsInOrder() throws Exception {
        ContentBundle bundle = read(PollJson.payloadWith(PollJson.single(), PollJson.approval(), PollJson.budget(),
                PollJson.ranked()));

        assertThat(bundle.polls()).extracting(Poll::id).containsExactly("2026-wolgok1-agenda", "2026-wolgok1-approval",
                "2026-junggu-budget", "2026-wolgok1-ranked");
    }

    @Test
    void aBundleWithoutPollsHasNone() throws Exception {
        assertThat(read(ContentFixture.payload(1)).polls()).isEmpty();
    }

    static Stream<Arguments> invalidPolls() {
        return Stream.of(
                bad("id with capitals", PollJson::single, p -> p.put("id", "Wolgok"), "polls[0].id",
                        ContentProblem.Code.ID_FORMAT),
                bad("id with a space", PollJson::single, p -> p.put("id", "wolgok 1"), "polls[0].id",
                        ContentProblem.Code.ID_FORMAT),
                bad("no title", PollJson::single, p -> p.remove("title"), "polls[0].title", ContentProblem.Code.MISSING),
                bad("title without Korean", PollJson::single, p -> ((ObjectNode) p.get("title")).remove("ko"),
                        "polls[0].title.ko", ContentProblem.Code.MISSING),
                bad("description without English", PollJson::single,
                        p -> ((ObjectNode) p.get("description")).remove("en"), "polls[0].description.en",
                        ContentProblem.Code.MISSING),
                bad("item title without English", PollJson::single,
                        p -> ((ObjectNode) item(p, 0).get("title")).remove("en"), "polls[0].items[0].title.en",
                        ContentProblem.Code.MISSING),
                bad("closes at opening", PollJson::single, p -> p.put("closes", "2026-11-20T09:00:00+09:00"),
                        "polls[0].closes", ContentProblem.Code.CLOSES_NOT_AFTER_OPENS),
                bad("closes before opening", PollJson::single, p -> p.put("closes", "2026-11-19T09:00:00+09:00"),
                        "polls[0].closes", ContentProblem.Code.CLOSES_NOT_AFTER_OPENS),
                bad("opens without offset", PollJson::single, p -> p.put("opens", "2026-11-20T09:00:00"),
                        "polls[0].opens", ContentProblem.Code.NOT_AN_INSTANT),
                bad("unknown poll member", PollJson::single, p -> p.put("quorum", 10), "polls[0].quorum",
                        ContentProblem.Code.UNKNOWN_FIELD),
                bad("no items", PollJson::single, p -> p.putArray("items"), "polls[0].items", ContentProblem.Code.EMPTY),
                bad("duplicate item id", PollJson::single, p -> item(p, 1).put("id", "alley-lights"),
                        "polls[0].items[1].id", ContentProblem.Code.DUPLICATE),
                bad("item id with an underscore", PollJson::single, p -> item(p, 1).put("id", "senior_lunch"),
                        "polls[0].items[1].id", ContentProblem.Code.ID_FORMAT),
                bad("unknown rule", PollJson::single, p -> ((ObjectNode) p.get("rule")).put("type", "borda"),
                        "polls[0].rule.type", ContentProblem.Code.NOT_ONE_OF),
                bad("no rule", PollJson::single, p -> p.remove("rule"), "polls[0].rule", ContentProblem.Code.MISSING),
                bad("single with a k", PollJson::single, p -> ((ObjectNode) p.get("rule")).put("k", 2),
                        "polls[0].rule.k", ContentProblem.Code.UNKNOWN_FIELD),
                bad("approval min 0", PollJson::approval, p -> ((ObjectNode) p.get("rule")).put("min", 0),
                        "polls[0].rule.min", ContentProblem.Code.OUT_OF_RANGE),
                bad("approval max below min", PollJson::approval,
                        p -> ((ObjectNode) p.get("rule")).put("min", 3).put("max", 2), "polls[0].rule.max",
                        ContentProblem.Code.MAX_BELOW_MIN),
                bad("approval max above items", PollJson::approval, p -> ((ObjectNode) p.get("rule")).put("max", 5),
                        "polls[0].rule.max", ContentProblem.Code.MORE_THAN_OFFERED),
                bad("ranked k 0", PollJson::ranked, p -> ((ObjectNode) p.get("rule")).put("k", 0), "polls[0].rule.k",
                        ContentProblem.Code.OUT_OF_RANGE),
                bad("ranked k above items", PollJson::ranked, p -> ((ObjectNode) p.get("rule")).put("k", 5),
                        "polls[0].rule.k", ContentProblem.Code.MORE_THAN_OFFERED),
                bad("budget 0", PollJson::budget, p -> ((ObjectNode) p.get("rule")).put("budget", 0),
                        "polls[0].rule.budget", ContentProblem.Code.OUT_OF_RANGE),
                bad("budget negative", PollJson::budget, p -> ((ObjectNode) p.get("rule")).put("budget", -1),
                        "polls[0].rule.budget", ContentProblem.Code.OUT_OF_RANGE),
                bad("negative cost", PollJson::budget, p -> item(p, 0).put("cost", -1), "polls[0].items[0].cost",
                        ContentProblem.Code.OUT_OF_RANGE),
                bad("cost missing in a budget poll", PollJson::budget, p -> item(p, 2).remove("cost"),
                        "polls[0].items[2].cost", ContentProblem.Code.MISSING),
                bad("no item fits the budget", PollJson::budget,
                        p -> ((ObjectNode) p.get("rule")).put("budget", 11_999_999), "polls[0].rule.budget",
                        ContentProblem.Code.NOTHING_FITS_BUDGET),
                bad("no identification", PollJson::single, p -> p.putArray("identification"),
                        "polls[0].identification", ContentProblem.Code.EMPTY),
                bad("unknown identification", PollJson::single,
                        p -> p.withArray("identification").add("passport"), "polls[0].identification[3]",
                        ContentProblem.Code.NOT_ONE_OF),
                bad("identification twice", PollJson::approval, p -> p.withArray("identification").add("member"),
                        "polls[0].identification[1]", ContentProblem.Code.DUPLICATE),
                bad("dong code of a gu", PollJson::single,
                        p -> ((ObjectNode) p.get("eligibility")).putArray("dongCodes").add("2920000000"),
                        "polls[0].eligibility.dongCodes[0]", ContentProblem.Code.DONG_CODE_INVALID),
                bad("dong code of 9 digits", PollJson::single,
                        p -> ((ObjectNode) p.get("eligibility")).putArray("dongCodes").add("292006700"),
                        "polls[0].eligibility.dongCodes[0]", ContentProblem.Code.DONG_CODE_INVALID),
                bad("bad dong code after a number", PollJson::single,
                        p -> ((ObjectNode) p.get("eligibility")).putArray("dongCodes").add(7).add("292006700"),
                        "polls[0].eligibility.dongCodes[1]", ContentProblem.Code.DONG_CODE_INVALID),
                bad("unknown identification after a number", PollJson::single,
                        p -> p.putArray("identification").add(7).add("passport"), "polls[0].identification[1]",
                        ContentProblem.Code.NOT_ONE_OF),
                bad("no dong codes", PollJson::single,
                        p -> ((ObjectNode) p.get("eligibility")).putArray("dongCodes"),
                        "polls[0].eligibility.dongCodes", ContentProblem.Code.EMPTY),
                bad("minimum age negative", PollJson::single,
                        p -> ((ObjectNode) p.get("eligibility")).put("minimumAge", -1), "polls[0].eligibility.minimumAge",
                        ContentProblem.Code.OUT_OF_RANGE),
                bad("minimum age 121", PollJson::single,
                        p -> ((ObjectNode) p.get("eligibility")).put("minimumAge", 121), "polls[0].eligibility.minimumAge",
                        ContentProblem.Code.OUT_OF_RANGE),
                bad("seal key of 31 bytes", PollJson::single,
                        p -> ((ObjectNode) p.get("seal")).put("x25519", b64url(new byte[31])), "polls[0].seal.x25519",
                        ContentProblem.Code.SEAL_KEY_LENGTH),
                bad("seal key in standard base64", PollJson::single,
                        p -> ((ObjectNode) p.get("seal")).put("x25519", "+/+/" + PollJson.SEAL_KEY.substring(4)),
                        "polls[0].seal.x25519", ContentProblem.Code.SEAL_KEY_LENGTH),
                bad("seal key all zeros (a low-order point)", PollJson::single,
                        p -> ((ObjectNode) p.get("seal")).put("x25519", b64url(new byte[32])), "polls[0].seal.x25519",
                        ContentProblem.Code.SEAL_KEY_LENGTH),
                bad("seal without kid", PollJson::single, p -> ((ObjectNode) p.get("seal")).remove("kid"),
                        "polls[0].seal.kid", ContentProblem.Code.MISSING),
                bad("salt too short", PollJson::single, p -> codes(p).put("salt", b64url(new byte[15])),
                        "polls[0].voucherCodes.salt", ContentProblem.Code.SALT_LENGTH),
                bad("iterations too few", PollJson::single, p -> codes(p).put("iterations", 9_999),
                        "polls[0].voucherCodes.iterations", ContentProblem.Code.OUT_OF_RANGE),
                bad("iterations too many", PollJson::single, p -> codes(p).put("iterations", 10_000_001),
                        "polls[0].voucherCodes.iterations", ContentProblem.Code.OUT_OF_RANGE),
                bad("hash of 63 hex digits", PollJson::single, p -> code(p, 0).put("hash", "a".repeat(63)),
                        "polls[0].voucherCodes.codes[0].hash", ContentProblem.Code.NOT_HEX),
                bad("hash in capitals", PollJson::single, p -> code(p, 0).put("hash", "A".repeat(64)),
                        "polls[0].voucherCodes.codes[0].hash", ContentProblem.Code.NOT_HEX),
                bad("hash not hex", PollJson::single, p -> code(p, 0).put("hash", "g".repeat(64)),
                        "polls[0].voucherCodes.codes[0].hash", ContentProblem.Code.NOT_HEX),
                bad("serial twice", PollJson::single, p -> code(p, 1).put("serial", "V-0001"),
                        "polls[0].voucherCodes.codes[1].serial", ContentProblem.Code.DUPLICATE),
                bad("hash twice", PollJson::single, p -> code(p, 1).put("hash", PollJson.HASH_1),
                        "polls[0].voucherCodes.codes[1].hash", ContentProblem.Code.DUPLICATE),
                bad("allowBlank a string", PollJson::single, p -> p.put("allowBlank", "yes"), "polls[0].allowBlank",
                        ContentProblem.Code.WRONG_TYPE));
    }

    private static Arguments bad(String name, Supplier<ObjectNode> poll, Consumer<ObjectNode> edit, String field,
            ContentProblem.Code code) {
        return Arguments.of(name, poll, edit, field, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPolls")
    void refusesAnInvalidPollNamingFieldAndRule(String name, Supplier<ObjectNode> valid, Consumer<ObjectNode> edit,
            String field, ContentProblem.Code code) {
        ObjectNode poll = valid.get();
        edit.accept(poll);

        ContentException e = catchThrowableOfType(ContentException.class, () -> read(PollJson.payloadWith(poll)));

        assertThat(e).as(name).isNotNull();
        assertThat(e.problems()).as(name).extracting(ContentProblem::field, ContentProblem::code)
                .contains(tuple(field, code));
    }

    @Test
    void refusesTwoPollsWithOneId() {
        ObjectNode second = PollJson.approval().put("id", "2026-wolgok1-agenda");

        ContentException e = catchThrowableOfType(ContentException.class,
                () -> read(PollJson.payloadWith(PollJson.single(), second)));

        assertThat(e.problems()).extracting(ContentProblem::field, ContentProblem::code)
                .containsExactly(tuple("polls[1].id", ContentProblem.Code.DUPLICATE));
    }

    @Test
    void reportsEveryProblemOfEveryPoll() {
        ObjectNode first = PollJson.single().put("closes", "2026-11-01T00:00:00+09:00");
        ObjectNode second = PollJson.ranked();
        ((ObjectNode) second.get("rule")).put("k", 9);
        second.putArray("identification");

        ContentException e = catchThrowableOfType(ContentException.class, () -> read(PollJson.payloadWith(first, second)));

        assertThat(e.problems()).extracting(ContentProblem::field).containsExactlyInAnyOrder("polls[0].closes",
                "polls[1].rule.k", "polls[1].identification");
    }

    @Test
    void aBundleWithABadPollLeavesThePreviousContentInstalled(@TempDir Path dataDir) throws Exception {
        ContentStore store = ContentStore.in(dataDir, fixture.trusted);
        store.install(fixture.signed(PollJson.payloadWith(PollJson.single())));
        ObjectNode bad = PollJson.payloadWith(PollJson.single(), PollJson.budget());
        bad.put("version", 2);
        item((ObjectNode) bad.withArray("polls").get(1), 0).put("cost", -5);

        ContentException e = catchThrowableOfType(ContentException.class, () -> store.install(fixture.signed(bad)));

        assertThat(e.problems()).extracting(ContentProblem::field).containsExactly("polls[1].items[0].cost");
        ContentBundle installed = store.current().orElseThrow().bundle();
        assertThat(installed.version()).isEqualTo(1);
        assertThat(installed.polls()).extracting(Poll::id).containsExactly("2026-wolgok1-agenda");
    }

    private static ObjectNode item(ObjectNode poll, int index) {
        return (ObjectNode) poll.withArray("items").get(index);
    }

    private static ObjectNode codes(ObjectNode poll) {
        return (ObjectNode) poll.get("voucherCodes");
    }

    private static ObjectNode code(ObjectNode poll, int index) {
        return (ObjectNode) ((ArrayNode) codes(poll).get("codes")).get(index);
    }

    private static String b64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
