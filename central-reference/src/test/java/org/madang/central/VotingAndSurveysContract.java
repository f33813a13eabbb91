package org.madang.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.central.poll.ClosingRefused;
import org.madang.central.poll.PollKeys;
import org.madang.device.content.poll.SealKey;
import org.madang.device.content.poll.seal.BallotSeal;
import org.madang.device.content.poll.seal.SealKeyPair;
import org.madang.device.content.poll.seal.SealedBallot;
import org.madang.journal.CanonicalJson;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.testing.MutableClock;
import org.madang.journal.testing.TestKeys;
import org.madang.sync.api.closing.ClosingQrText;

/**
 * Votes and surveys at the central (issues 5 and 6, wave contract): record bodies, tallies per
 * rule, sealed ballots, double votes, closing sheets and their QR fallback, survey CSV and points;
 * run against each storage dialect by a subclass.
 */
abstract class VotingAndSurveysContract {

    static final Instant AFTER_CLOSE = Instant.parse("2026-12-04T09:00:00Z");
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    @TempDir
    java.nio.file.Path dir;

    MutableClock clock = new MutableClock(Instant.parse("2026-11-22T00:00:00Z"));
    Central central;
    TestDevice a = new TestDevice("kiosk-a");
    TestDevice b = new TestDevice("kiosk-b");
    SecureRandom random = new SecureRandom();

    abstract Optional<String> jdbcUrl() throws Exception;

    @BeforeEach
    void openCentral() throws Exception {
        CentralHome home = CentralHome.init(dir.resolve("home"), new SecureRandom());
        central = Central.open(home, jdbcUrl(), clock);
        for (TestDevice device : List.of(a, b)) {
            String code = central.createEnrollmentCode(TestDevice.SITE, Set.of("vote", "survey"), Duration.ofHours(1));
            central.enroll(device.enrollment(code, TestDevice.SITE));
        }
    }

    @AfterEach
    void closeCentral() {
        if (central != null) {
            central.close();
        }
    }

    void upload(TestDevice... devices) {
        for (TestDevice device : devices) {
            assertThat(central.ingest(device.deviceId, device.journalId, device.records(), Central.SOURCE_UPLOAD)
                    .rejected()).isEmpty();
        }
    }

    void publish(ObjectNode... polls) {
        central.publish(Contents.with(List.of(polls), List.of()));
    }

    /** A poll-book entry and its (plain) ballot, as Journal.deposit writes them. */
    static JournalRecord vote(TestDevice device, String poll, String method, String voter, String... choices) {
        device.append(RecordKind.VOTE_POLLBOOK, Map.of("poll", poll, "method", method, "voter", voter));
        return device.append(RecordKind.VOTE_BALLOT, Map.of("poll", poll, "choices", List.of(choices)));
    }

    JournalRecord sealedVote(TestDevice device, SealKey key, String poll, String voter, String... choices) {
        device.append(RecordKind.VOTE_POLLBOOK, Map.of("poll", poll, "method", "member", "voter", voter));
        byte[] plain = CanonicalJson.of(Map.of("poll", poll, "choices", List.of(choices))).bytes();
        SealedBallot sealed = BallotSeal.seal(key, poll, plain, random);
        return device.append(RecordKind.VOTE_BALLOT, Map.of("poll", poll, "sealed", Map.of("kid", sealed.keyId(),
                "epk", B64URL.encodeToString(sealed.epk()), "iv", B64URL.encodeToString(sealed.iv()),
                "ct", B64URL.encodeToString(sealed.ct()))));
    }

    /** The contract's box hash, computed here independently of the central's class. */
    static String boxHash(TestDevice device, String poll) throws Exception {
        List<String> hashes = new ArrayList<>();
        for (JournalRecord r : device.records()) {
            if (r.kind().equals(RecordKind.VOTE_BALLOT) && r.body().tree().get("poll").asText().equals(poll)) {
                hashes.add(r.hash().hex());
            }
        }
        hashes.sort(null);
        StringBuilder lines = new StringBuilder();
        hashes.forEach(h -> lines.append(h).append('\n'));
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(lines.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** A plain poll's closing record with these numbers. */
    static JournalRecord close(TestDevice device, String poll, long turnout, Map<String, Long> methods,
            Map<String, Long> counts, long blank, String boxHash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("poll", poll);
        body.put("closedAt", "2026-12-04T09:00:00Z");
        body.put("closedBy", "schedule");
        body.put("turnout", turnout);
        body.put("methods", methods);
        body.put("sealed", false);
        body.put("counts", counts);
        body.put("blank", blank);
        body.put("boxHash", boxHash);
        return device.append(RecordKind.VOTE_CLOSE, body);
    }

    /** A tree whose numbers compare by value (the reports hold longs, parsed text ints). */
    static JsonNode tree(JsonNode node) {
        return tree(node.toString());
    }

    static JsonNode tree(String json) {
        try {
            return Contents.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- bodies

    @Test
    void malformedVoteAndSurveyBodiesAreStoredAndListedPerRecord() {
        a.append(RecordKind.VOTE_POLLBOOK, Map.of("poll", "p1", "method", "voucher", "voter", "V-0001"));
        a.append(RecordKind.VOTE_BALLOT, Map.of("poll", "p1", "choices", List.of("a"), "sealed", Map.of()));
        a.append(RecordKind.SURVEY_POINTS, Map.of("survey", "s1", "member", "m1", "points", -5));
        a.append(RecordKind.VOTE_CLOSE, Map.of("poll", "p1", "closedAt", "yesterday"));
        vote(a, "p1", "voucher", "voucher:V-0002", "a");
        upload(a);

        JsonNode refusals = central.refusals(Optional.of(a.deviceId));
        assertThat(refusals).hasSize(4).allSatisfy(r -> assertThat(r.get("reason").asText()).isEqualTo("MALFORMED"));
        assertThat(refusals.findValuesAsText("detail")).anySatisfy(d -> assertThat(d).contains("voucher:<serial>"))
                .anySatisfy(d -> assertThat(d).contains("both 'choices' and 'sealed'"))
                .anySatisfy(d -> assertThat(d).contains("'points' must be a non-negative integer"))
                .anySatisfy(d -> assertThat(d).contains("'closedAt' must be an ISO instant"));
        assertThat(central.pollResults("p1").get("methods").get("voucher").asLong()).isEqualTo(1);
    }

    // ---- tallies

    @Test
    void resultsAreHiddenUntilTheCloseAndInvalidBallotsAreCountedApartWithTheirReason() {
        publish(Contents.poll("agenda", "{\"type\":\"approval\",\"min\":1,\"max\":2}", true, null, 0, 0, 0));
        vote(a, "agenda", "member", "m1", "a", "b");
        vote(a, "agenda", "member", "m2", "a");
        vote(a, "agenda", "voucher", "voucher:V-1", "a", "b", "c");
        vote(b, "agenda", "staff", "staff:s1", "z");
        vote(b, "agenda", "member", "m3", "c", "c");
        vote(b, "agenda", "member", "m4");
        upload(a, b);

        ObjectNode open = central.pollResults("agenda");
        assertThat(open.get("turnout").asLong()).isEqualTo(6);
        assertThat(tree(open.get("methods"))).isEqualTo(tree("{\"member\":4,\"staff\":1,\"voucher\":1}"));
        assertThat(open.has("results")).isFalse();
        assertThat(open.get("resultsAvailableAt").asText()).isEqualTo("2026-12-04T09:00:00Z");

        clock.set(AFTER_CLOSE);
        JsonNode results = central.pollResults("agenda").get("results");
        assertThat(results.get("ballots").asLong()).isEqualTo(6);
        assertThat(results.get("valid").asLong()).isEqualTo(3);
        assertThat(results.get("blank").asLong()).isEqualTo(1);
        assertThat(tree(results.get("counts"))).isEqualTo(tree("{\"a\":2,\"b\":1,\"c\":0}"));
        assertThat(tree(results.get("invalid"))).isEqualTo(tree(
                "{\"count\":3,\"reasons\":{\"DUPLICATE_ITEM\":1,\"TOO_MANY\":1,\"UNKNOWN_ITEM\":1}}"));
    }

    @Test
    void budgetFundsTheMostVotedProjectsThatFitIncludingOneLandingExactlyOnTheBudget() {
        // Budget 100: a (60, 3 votes) funded; b (50, 2 votes) and c (40, 2 votes) tie, b first in the
        // poll's order, does not fit in 40 and is skipped; c fits exactly; d (10, no votes) is never funded.
        publish(Contents.poll("pb", "{\"type\":\"budget\",\"budget\":100}", false, null, 60, 50, 40, 10));
        vote(a, "pb", "member", "m1", "a");
        vote(a, "pb", "member", "m2", "a", "c");
        vote(a, "pb", "member", "m3", "a");
        vote(b, "pb", "member", "m4", "b");
        vote(b, "pb", "member", "m5", "b", "c");
        vote(b, "pb", "member", "m6", "a", "b");
        upload(a, b);
        clock.set(AFTER_CLOSE);

        JsonNode results = central.pollResults("pb").get("results");
        // m2's ballot costs exactly the budget: valid; m6's costs 110: invalid.
        assertThat(tree(results.get("counts"))).isEqualTo(tree("{\"a\":3,\"b\":2,\"c\":2,\"d\":0}"));
        assertThat(tree(results.get("invalid").get("reasons"))).isEqualTo(tree("{\"OVER_BUDGET\":1}"));
        JsonNode budget = results.get("budget");
        assertThat(budget.get("funded").findValuesAsText("item")).containsExactly("a", "c");
        assertThat(budget.get("skipped").findValuesAsText("item")).containsExactly("b", "d");
        assertThat(budget.get("fundedTotal").asLong()).isEqualTo(100);
        assertThat(budget.get("remaining").asLong()).isZero();
    }

    @Test
    void rankedCountsHowManyPutEachItemInEachPlaceAndTheBordaScore() {
        publish(Contents.poll("rk", "{\"type\":\"ranked\",\"k\":3}", false, null, 0, 0, 0, 0));
        vote(a, "rk", "member", "m1", "a", "b", "c");
        vote(a, "rk", "member", "m2", "b", "a");
        vote(b, "rk", "member", "m3", "b", "c", "a");
        vote(b, "rk", "member", "m4", "d");
        vote(b, "rk", "member", "m5", "a", "b", "c", "d");
        upload(a, b);
        clock.set(AFTER_CLOSE);

        JsonNode results = central.pollResults("rk").get("results");
        assertThat(tree(results.get("counts"))).isEqualTo(tree("{\"a\":1,\"b\":2,\"c\":0,\"d\":1}"));
        assertThat(tree(results.get("ranked").get("places"))).isEqualTo(tree(
                "{\"a\":[1,1,1],\"b\":[2,1,0],\"c\":[0,1,1],\"d\":[1,0,0]}"));
        // k = 3: first 3 points, second 2, third 1.
        assertThat(tree(results.get("ranked").get("borda"))).isEqualTo(tree("{\"a\":6,\"b\":8,\"c\":3,\"d\":3}"));
        assertThat(tree(results.get("invalid").get("reasons"))).isEqualTo(tree("{\"TOO_MANY\":1}"));
    }

    @Test
    void sealedTallyEqualsThePlainTallyOfTheSameBallots() throws Exception {
        PollKeys.Created key = new PollKeys(central.home().dir()).create("sealed", "poll-sealed");
        SealKey sealKey = new SealKey(key.kid(), key.publicKey());
        publish(Contents.poll("sealed", "{\"type\":\"approval\",\"min\":1,\"max\":2}", true, key.sealJson(), 0, 0, 0),
                Contents.poll("plain", "{\"type\":\"approval\",\"min\":1,\"max\":2}", true, null, 0, 0, 0));
        List<List<String>> ballots = List.of(List.of("a"), List.of("a", "b"), List.of(), List.of("c", "b"),
                List.of("a", "b", "c"), List.of("q"), List.of("b"));
        for (int i = 0; i < ballots.size(); i++) {
            TestDevice device = i % 2 == 0 ? a : b;
            sealedVote(device, sealKey, "sealed", "m" + i, ballots.get(i).toArray(String[]::new));
            vote(device, "plain", "member", "m" + i, ballots.get(i).toArray(String[]::new));
        }
        upload(a, b);
        assertThat(central.refusals(Optional.empty())).isEmpty();
        clock.set(AFTER_CLOSE);

        JsonNode sealed = central.pollResults("sealed").get("results");
        JsonNode plain = central.pollResults("plain").get("results");
        assertThat(sealed).isEqualTo(plain);
        assertThat(tree(sealed.get("counts"))).isEqualTo(tree("{\"a\":2,\"b\":3,\"c\":1}"));
        assertThat(sealed.get("blank").asLong()).isEqualTo(1);
        assertThat(sealed.get("invalid").get("count").asLong()).isEqualTo(2);
    }

    @Test
    void sealedBallotsThatDoNotOpenAreCountedApart() throws Exception {
        PollKeys.Created key = new PollKeys(central.home().dir()).create("sealed", "poll-sealed");
        SealKey otherKey = new SealKey("poll-sealed", SealKeyPair.generate().publicKey());
        publish(Contents.poll("sealed", "{\"type\":\"single\"}", false, key.sealJson(), 0, 0));
        sealedVote(a, new SealKey(key.kid(), key.publicKey()), "sealed", "m1", "a");
        sealedVote(a, otherKey, "sealed", "m2", "b");
        vote(a, "sealed", "member", "m4", "b");
        upload(a);
        clock.set(AFTER_CLOSE);

        JsonNode results = central.pollResults("sealed").get("results");
        assertThat(tree(results.get("counts"))).isEqualTo(tree("{\"a\":1,\"b\":0}"));
        assertThat(tree(results.get("invalid").get("reasons"))).isEqualTo(tree(
                "{\"PLAIN_IN_SEALED_POLL\":1,\"SEAL_NOT_OPENED\":1}"));
    }

    // ---- double votes

    @Test
    void sameVoterAtTwoTerminalsIsReportedWithHowManyAndWhichDevices() {
        publish(Contents.poll("agenda", "{\"type\":\"single\"}", false, null, 0, 0));
        vote(a, "agenda", "member", "m1", "a");
        vote(b, "agenda", "member", "m1", "b");
        vote(b, "agenda", "voucher", "voucher:V-7", "a");
        vote(a, "agenda", "voucher", "voucher:V-7", "a");
        vote(a, "agenda", "member", "m2", "a");
        upload(a, b);

        JsonNode doubles = central.pollResults("agenda").get("doubleVotes");
        assertThat(doubles.get("voters").asInt()).isEqualTo(2);
        assertThat(doubles.get("extraBallots").asInt()).isEqualTo(2);
        assertThat(doubles.get("list").findValuesAsText("voter")).containsExactly("m1", "voucher:V-7");
        assertThat(doubles.get("list").get(0).get("devices").findValuesAsText("deviceId"))
                .containsExactly("kiosk-a", "kiosk-b");
        assertThat(central.duplicateVoters()).hasSize(2);
    }

    @Test
    void ballotsUnlockedByOneStaffMemberAreNeverDoubleVotes() {
        publish(Contents.poll("agenda", "{\"type\":\"single\"}", false, null, 0, 0));
        vote(a, "agenda", "staff", "staff:kim", "a");
        vote(a, "agenda", "staff", "staff:kim", "b");
        vote(b, "agenda", "staff", "staff:kim", "a");
        upload(a, b);

        ObjectNode poll = central.pollResults("agenda");
        assertThat(poll.get("turnout").asLong()).isEqualTo(3);
        assertThat(poll.get("methods").get("staff").asLong()).isEqualTo(3);
        assertThat(poll.get("doubleVotes").get("voters").asInt()).isZero();
        assertThat(central.duplicateVoters()).isEmpty();
    }

    // ---- closing sheets

    @Test
    void closingSheetMatchingWhatTheTerminalSyncedIsAMatch() throws Exception {
        publish(Contents.poll("agenda", "{\"type\":\"single\"}", true, null, 0, 0));
        vote(a, "agenda", "member", "m1", "a");
        vote(a, "agenda", "voucher", "voucher:V-1", "a");
        vote(a, "agenda", "staff", "staff:kim");
        close(a, "agenda", 3, Map.of("member", 1L, "voucher", 1L, "staff", 1L), Map.of("a", 2L, "b", 0L), 1,
                boxHash(a, "agenda"));
        vote(b, "agenda", "member", "m2", "b");
        upload(a, b);

        JsonNode closings = central.pollResults("agenda").get("closings");
        assertThat(closings).hasSize(2);
        assertThat(closings.get(0).get("deviceId").asText()).isEqualTo("kiosk-a");
        assertThat(closings.get(0).get("source").asText()).isEqualTo("upload");
        assertThat(closings.get(0).get("match").asBoolean()).isTrue();
        assertThat(closings.get(0).get("differences")).isEmpty();
        assertThat(closings.get(1).get("deviceId").asText()).isEqualTo("kiosk-b");
        assertThat(closings.get(1).get("match").asBoolean()).isFalse();
        assertThat(closings.get(1).get("note").asText()).contains("no closing sheet");
    }

    @Test
    void eachKindOfClosingSheetMismatchIsReported() throws Exception {
        publish(Contents.poll("agenda", "{\"type\":\"single\"}", true, null, 0, 0));
        vote(a, "agenda", "member", "m1", "a");
        vote(a, "agenda", "member", "m2", "b");
        // The sheet says 3 voters, one by voucher, a: 1, b: 2, no blank, and a box hash of other ballots.
        close(a, "agenda", 3, Map.of("member", 2L, "voucher", 1L), Map.of("a", 1L, "b", 2L), 0, "0".repeat(64));
        upload(a);

        JsonNode closing = central.pollResults("agenda").get("closings").get(0);
        assertThat(closing.get("match").asBoolean()).isFalse();
        Map<String, String> differences = new LinkedHashMap<>();
        closing.get("differences").forEach(d -> differences.put(d.get("field").asText(),
                d.get("sheet").asText() + "/" + d.get("synced").asText()));
        assertThat(differences).containsExactly(Map.entry("turnout", "3/2"), Map.entry("methods.voucher", "1/0"),
                Map.entry("ballots", "3/2"), Map.entry("boxHash", "0".repeat(64) + "/" + boxHashUnchecked(a)),
                Map.entry("counts.b", "2/1"));
    }

    @Test
    void sealedPollClosingSheetIsComparedOnTurnoutAndBoxHashAndASheetClaimingTheWrongSealIsADifference()
            throws Exception {
        PollKeys.Created key = new PollKeys(central.home().dir()).create("sealed", "poll-sealed");
        SealKey sealKey = new SealKey(key.kid(), key.publicKey());
        publish(Contents.poll("sealed", "{\"type\":\"single\"}", false, key.sealJson(), 0, 0));
        for (TestDevice device : List.of(a, b)) {
            sealedVote(device, sealKey, "sealed", "m-" + device.deviceId, "a");
            sealedVote(device, sealKey, "sealed", "n-" + device.deviceId, "b");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("poll", "sealed");
            body.put("closedAt", "2026-12-04T09:00:00Z");
            body.put("closedBy", "staff:kim");
            body.put("turnout", 2);
            body.put("methods", Map.of("member", 2));
            // Terminal b's sheet claims a plain poll (a forged or buggy sheet): counts and all.
            if (device == b) {
                body.put("sealed", false);
                body.put("counts", Map.of("a", 1, "b", 1));
                body.put("blank", 0);
            } else {
                body.put("sealed", true);
            }
            body.put("boxHash", boxHash(device, "sealed"));
            device.append(RecordKind.VOTE_CLOSE, body);
        }
        upload(a, b);

        JsonNode closings = central.pollResults("sealed").get("closings");
        assertThat(closings.get(0).get("match").asBoolean()).isTrue();
        // b's ballots are sealed, so none of them counts as a plain ballot: the sheet's counts differ too.
        assertThat(closings.get(1).get("differences").findValuesAsText("field"))
                .containsExactly("sealed", "counts.a", "counts.b");
    }

    /** A record's upload JSON, as a first-version (not deflated) closing QR carried it. */
    private static byte[] uploadJson(JournalRecord record) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (com.fasterxml.jackson.core.JsonGenerator generator = new com.fasterxml.jackson.core.JsonFactory()
                .createGenerator(out)) {
            org.madang.sync.api.wire.RecordJson.write(generator, record);
        }
        return out.toByteArray();
    }

    private static String boxHashUnchecked(TestDevice device) {
        try {
            return boxHash(device, "agenda");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void closingQrOfATerminalThatNeverSyncedIsVerifiedStoredOnceAndCompared() throws Exception {
        publish(Contents.poll("agenda", "{\"type\":\"single\"}", false, null, 0, 0));
        vote(a, "agenda", "member", "m1", "a");
        vote(a, "agenda", "member", "m2", "b");
        JournalRecord sheet = close(a, "agenda", 2, Map.of("member", 2L), Map.of("a", 1L, "b", 1L), 0,
                boxHash(a, "agenda"));
        String qr = ClosingQrText.of(sheet);
        assertThat(qr).startsWith("MADANG-CLOSE2:");

        ObjectNode first = central.importClosing(qr);
        assertThat(first.get("stored").asBoolean()).isTrue();
        assertThat(first.get("deviceId").asText()).isEqualTo("kiosk-a");
        assertThat(first.get("match").asBoolean()).isFalse();
        assertThat(first.get("differences").findValuesAsText("field")).contains("turnout", "boxHash");
        assertThat(central.importClosing("  " + qr + "\n").get("stored").asBoolean()).isFalse();
        // A first-version text (the JSON not deflated) of the same record is the same closing.
        assertThat(central.importClosing(ClosingQrText.PREFIX_V1 + B64URL.encodeToString(uploadJson(sheet)))
                .get("stored").asBoolean()).isFalse();

        upload(a);
        JsonNode closing = central.pollResults("agenda").get("closings").get(0);
        assertThat(closing.get("source").asText()).isEqualTo("qr");
        assertThat(closing.get("match").asBoolean()).isTrue();
    }

    @Test
    void forgedAlteredOrUnknownDeviceClosingQrIsRefusedWithTheReason() throws Exception {
        vote(a, "agenda", "member", "m1", "a");
        JournalRecord sheet = close(a, "agenda", 1, Map.of("member", 1L), Map.of("a", 1L), 0, boxHash(a, "agenda"));
        Map<String, Object> altered = new LinkedHashMap<>(Map.of("poll", "agenda", "closedAt", "2026-12-04T09:00:00Z",
                "closedBy", "schedule", "turnout", 1, "methods", Map.of("member", 1), "sealed", false,
                "counts", Map.of("a", 0, "b", 1), "blank", 0, "boxHash", boxHash(a, "agenda")));
        TestDevice stranger = new TestDevice("kiosk-x", TestKeys.deviceKey(), "j-x");
        vote(stranger, "agenda", "member", "m1", "a");
        JournalRecord strangerSheet = close(stranger, "agenda", 1, Map.of("member", 1L), Map.of("a", 1L), 0,
                "0".repeat(64));
        JournalRecord ballot = a.get(2);

        Map<String, ClosingRefused.Reason> cases = new LinkedHashMap<>();
        cases.put(ClosingQrText.of(TestDevice.badSignature(sheet)), ClosingRefused.Reason.BAD_SIGNATURE);
        cases.put(ClosingQrText.of(TestDevice.tamperedBody(sheet, altered)), ClosingRefused.Reason.HASH_MISMATCH);
        cases.put(ClosingQrText.of(TestDevice.rewritten(sheet, altered, stranger.key)),
                ClosingRefused.Reason.UNKNOWN_DEVICE);
        cases.put(ClosingQrText.of(strangerSheet), ClosingRefused.Reason.UNKNOWN_DEVICE);
        cases.put(ClosingQrText.of(ballot), ClosingRefused.Reason.NOT_A_CLOSING_RECORD);
        cases.put("MADANG-CLOSE1:not base64!", ClosingRefused.Reason.NOT_A_CLOSING_QR);
        cases.put("MADANG-CLOSE2:" + B64URL.encodeToString("not deflated".getBytes(StandardCharsets.UTF_8)),
                ClosingRefused.Reason.NOT_A_CLOSING_QR);
        cases.put("MADANG-CLOSE1:" + B64URL.encodeToString("{\"seq\":1}".getBytes(StandardCharsets.UTF_8)),
                ClosingRefused.Reason.MALFORMED_RECORD);
        for (Map.Entry<String, ClosingRefused.Reason> each : cases.entrySet()) {
            assertThatThrownBy(() -> central.importClosing(each.getKey())).as(each.getValue().name())
                    .isInstanceOfSatisfying(ClosingRefused.class, e -> {
                        assertThat(e.reason()).isEqualTo(each.getValue());
                        assertThat(e.message(java.util.Locale.KOREAN)).isNotEqualTo(e.message(java.util.Locale.ROOT))
                                .doesNotContain("{0}");
                    });
        }
        assertThat(central.pollResults("agenda").get("closings")).isEmpty();
    }

    // ---- surveys

    @Test
    void surveyCsvHasOneColumnPerQuestionOfTheDefinitionAndNoPointsClaims() {
        central.publish(Contents.with(List.of(), List.of(Contents.survey("park", false, 500),
                Contents.survey("park-id", true, 0))));
        a.append(RecordKind.SURVEY_RESPONSE, Map.of("survey", "park", "answers", Map.of("q1", "other",
                "q1.other", "덕수궁, \"돌담길\"", "q2", List.of("a", "c"), "q3", 4, "q5", 12, "q6", "줄\n바꿈")));
        a.append(RecordKind.SURVEY_POINTS, Map.of("survey", "park", "member", "pseudo-1", "points", 500));
        a.append(RecordKind.SURVEY_RESPONSE, Map.of("survey", "park-id", "member", "pseudo-2",
                "answers", Map.of("q1", "a", "q4", "yes")));
        upload(a);

        String csv = new String(central.surveyCsv("park"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1)).isEqualTo("q1: 자주 가는 공원,q1.other: 자주 가는 공원 (기타),q2: 필요한 시설,"
                + "q3: 만족도,\"q4: 다시 갈까요, 정말?\",q5: 거주 연수,q6: 하고 싶은 말\r\n"
                + "other,\"덕수궁, \"\"돌담길\"\"\",a;c,4,,12,\"줄\n바꿈\"\r\n");
        assertThat(csv).doesNotContain("pseudo-1", "500");
        String identified = new String(central.surveyCsv("park-id"), StandardCharsets.UTF_8);
        assertThat(identified).startsWith("\uFEFFmember,q1: 자주 가는 공원,").endsWith("\r\npseudo-2,a,,,,yes,,\r\n");

        JsonNode surveys = central.surveys().get("surveys");
        assertThat(surveys.findValuesAsText("surveyId")).containsExactly("park", "park-id");
        assertThat(surveys.get(0).get("responses").asLong()).isEqualTo(1);
        assertThat(surveys.get(0).get("pointsClaims").asLong()).isEqualTo(1);
        assertThat(surveys.get(0).get("title").get("ko").asText()).isEqualTo("공원 설문");
        assertThat(surveys.get(1).get("identified").asBoolean()).isTrue();
    }

    @Test
    void surveyPointsClaimedAgainAtAnotherTerminalAreCreditedOnce() {
        central.publish(Contents.with(List.of(), List.of(Contents.survey("park", false, 500))));
        a.append(RecordKind.SURVEY_RESPONSE, Map.of("survey", "park", "answers", Map.of("q1", "a")));
        a.append(RecordKind.SURVEY_POINTS, Map.of("survey", "park", "member", "pseudo-1", "points", 500));
        b.append(RecordKind.SURVEY_RESPONSE, Map.of("survey", "park", "answers", Map.of("q1", "b")));
        b.append(RecordKind.SURVEY_POINTS, Map.of("survey", "park", "member", "pseudo-1", "points", 500));
        b.append(RecordKind.SURVEY_POINTS, Map.of("survey", "park", "member", "pseudo-2", "points", 500));
        upload(a, b);

        JsonNode members = central.points().get("members");
        assertThat(members.findValuesAsText("member")).containsExactly("pseudo-1", "pseudo-2");
        assertThat(members.get(0).get("totalPoints").asLong()).isEqualTo(500);
        assertThat(tree(members.get(0).get("credits"))).isEqualTo(tree("[{\"surveyId\":\"park\",\"points\":500}]"));
        JsonNode duplicates = central.duplicates().get("surveyPoints");
        assertThat(duplicates).singleElement().satisfies(d -> {
            assertThat(d.get("member").asText()).isEqualTo("pseudo-1");
            assertThat(d.get("duplicate").get("deviceId").asText()).isEqualTo("kiosk-b");
            assertThat(d.get("credited").get("deviceId").asText()).isEqualTo("kiosk-a");
        });
        JsonNode survey = central.surveys().get("surveys").get(0);
        assertThat(survey.get("responses").asLong()).isEqualTo(2);
        assertThat(survey.get("pointsClaims").asLong()).isEqualTo(3);
        assertThat(survey.get("pointsCredited").asLong()).isEqualTo(2);
    }
}
