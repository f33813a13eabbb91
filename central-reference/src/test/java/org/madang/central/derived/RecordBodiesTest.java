package org.madang.central.derived;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madang.journal.CanonicalJson;
import org.madang.journal.ClockStamp;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.chain.Sha256;
import org.madang.journal.signing.Signature64;

class RecordBodiesTest {

    private static JournalRecord checkin(String body) {
        return record(RecordKind.CHECKIN, body);
    }

    private static JournalRecord record(RecordKind kind, String body) {
        return new JournalRecord(1, "id-1", kind,
                CanonicalJson.fromStoredBytes(body.getBytes(StandardCharsets.UTF_8)),
                new ClockStamp(Instant.EPOCH, "boot", 0, true), Sha256.of(new byte[32]), Sha256.of(new byte[32]), "key",
                Signature64.of(new byte[64]));
    }

    /** Both the streamed fast path (not only read(), which falls back to the tree) give {@code expected}. */
    private static void assertReadsAs(String body, Derived.Checkin expected) {
        assertThat(RecordBodies.streamedCheckin(body.getBytes(StandardCharsets.UTF_8))).as("streamed").isEqualTo(expected);
        assertThat(RecordBodies.read(checkin(body))).as("read").isEqualTo(expected);
    }

    @Test
    void readsOncePerDayCheckinWithItsDay() {
        assertReadsAs("{\"day\":\"2026-11-22\",\"event\":\"e1\",\"limit\":\"once-per-day\",\"member\":\"m1\",\"points\":5}",
                new Derived.Checkin("e1", "m1", 5, "2026-11-22"));
    }

    @Test
    void readsOncePerEventCheckinWithoutDayAndSkipsUnknownFields() {
        assertReadsAs("{\"day\":\"2026-11-22\",\"event\":\"e1\",\"extra\":{\"a\":[1,{\"b\":2}]},"
                + "\"limit\":\"once-per-event\",\"member\":\"m1\",\"points\":0}", new Derived.Checkin("e1", "m1", 0, ""));
    }

    @Test
    void keepsTheLastOfRepeatedKeysLikeTheTree() {
        String body = "{\"day\":\"2026-11-22\",\"event\":\"e1\",\"event\":\"e2\",\"limit\":\"once-per-day\","
                + "\"member\":\"m1\",\"points\":5}";
        assertThat(RecordBodies.streamedCheckin(body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new Derived.Checkin("e2", "m1", 5, "2026-11-22"));
        assertThat(RecordBodies.read(checkin(body))).isEqualTo(new Derived.Checkin("e2", "m1", 5, "2026-11-22"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"day\":\"2026-02-30\",\"event\":\"e\",\"limit\":\"once-per-day\",\"member\":\"m\",\"points\":1}",
        "{\"day\":\"2026-1-22\",\"event\":\"e\",\"limit\":\"once-per-day\",\"member\":\"m\",\"points\":1}",
        "{\"day\":\"2026-11-22\",\"event\":\"e\",\"limit\":\"once-per-day\",\"member\":\"m\",\"points\":\"1\"}",
        "{\"day\":\"2026-11-22\",\"event\":\"e\",\"limit\":\"once-per-day\",\"member\":\"m\",\"points\":-1}",
        "{\"day\":\"2026-11-22\",\"event\":\"e\",\"limit\":\"once-per-day\",\"member\":\"m\",\"points\":3000000000}",
        "{\"day\":\"2026-11-22\",\"event\":\" \",\"limit\":\"once-per-day\",\"member\":\"m\",\"points\":1}",
        "{\"day\":\"2026-11-22\",\"event\":7,\"limit\":\"once-per-day\",\"member\":\"m\",\"points\":1}",
        "{\"day\":\"2026-11-22\",\"event\":\"e\",\"limit\":\"weekly\",\"member\":\"m\",\"points\":1}",
        "{\"day\":\"2026-11-22\",\"event\":\"e\",\"limit\":\"once-per-day\",\"points\":1}",
        "{\"day\":\"2026-11-22\",\"event\":\"e\",\"limit\":\"once-per-day\",\"member\":\"m\",\"points\":1",
        "[1,2]",
        "not json"})
    void leavesEveryUnusualBodyToTheTreeReader(String body) {
        assertThat(RecordBodies.streamedCheckin(body.getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(RecordBodies.read(checkin(body))).isInstanceOf(Derived.Malformed.class);
    }

    @Test
    void namesTheBadFieldOfAMalformedCheckin() {
        assertThat(RecordBodies.read(checkin(
                "{\"day\":\"2026-02-30\",\"event\":\"e\",\"limit\":\"once-per-day\",\"member\":\"m\",\"points\":1}")))
                .isEqualTo(new Derived.Malformed("checkin body: 'day' must be YYYY-MM-DD, got '2026-02-30'"));
        assertThat(RecordBodies.read(checkin("not json"))).isEqualTo(new Derived.Malformed("the body is not JSON"));
    }

    private static Derived read(RecordKind kind, String body) {
        return RecordBodies.read(record(kind, body));
    }

    @Test
    void readsPollBookEntriesOfEachMethod() {
        assertThat(read(RecordKind.VOTE_POLLBOOK, "{\"method\":\"member\",\"poll\":\"p\",\"voter\":\"h1\"}"))
                .isEqualTo(new Derived.Pollbook("p", "member", "h1"));
        assertThat(read(RecordKind.VOTE_POLLBOOK, "{\"method\":\"voucher\",\"poll\":\"p\",\"voter\":\"voucher:V-1\"}"))
                .isEqualTo(new Derived.Pollbook("p", "voucher", "voucher:V-1"));
        assertThat(read(RecordKind.VOTE_POLLBOOK, "{\"method\":\"staff\",\"poll\":\"p\",\"voter\":\"staff:kim\"}"))
                .isEqualTo(new Derived.Pollbook("p", "staff", "staff:kim"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"method\":\"voucher\",\"poll\":\"p\",\"voter\":\"V-1\"}",
        "{\"method\":\"member\",\"poll\":\"p\",\"voter\":\"staff:kim\"}",
        "{\"method\":\"card\",\"poll\":\"p\",\"voter\":\"h1\"}",
        "{\"poll\":\"p\",\"voter\":\"h1\"}"})
    void refusesPollBookEntriesWhoseMethodAndVoterDisagree(String body) {
        assertThat(read(RecordKind.VOTE_POLLBOOK, body)).isInstanceOf(Derived.Malformed.class);
    }

    @Test
    void readsPlainBlankAndSealedBallotsKeepingTheSealedJsonAsWritten() {
        assertThat(read(RecordKind.VOTE_BALLOT, "{\"choices\":[\"b\",\"a\"],\"poll\":\"p\"}"))
                .isEqualTo(new Derived.Ballot("p", List.of("b", "a")));
        assertThat(read(RecordKind.VOTE_BALLOT, "{\"choices\":[],\"poll\":\"p\"}"))
                .isEqualTo(new Derived.Ballot("p", List.of()));
        String sealed = "{\"ct\":\"Y3Q\",\"epk\":\"ZXBr\",\"iv\":\"aXY\",\"kid\":\"k1\"}";
        assertThat(read(RecordKind.VOTE_BALLOT, "{\"poll\":\"p\",\"sealed\":" + sealed + "}"))
                .isEqualTo(new Derived.SealedBallot("p", sealed));
        assertThat(read(RecordKind.VOTE_BALLOT, "{\"poll\":\"p\",\"sealed\":{\"ct\":\"Y3Q=\",\"epk\":\"ZXBr\","
                + "\"iv\":\"aXY\",\"kid\":\"k1\"}}")).isEqualTo(new Derived.Malformed(
                "vote.ballot body: 'sealed.ct' must be base64url without padding, got \"Y3Q=\""));
    }

    @Test
    void readsSurveyResponsesWithOtherTextsAndAnOptionalMember() {
        Derived anonymous = read(RecordKind.SURVEY_RESPONSE, "{\"answers\":{\"q1\":\"other\",\"q1.other\":\"공원\","
                + "\"q2\":[\"a\",\"b\"],\"q3\":4},\"survey\":\"s\"}");
        assertThat(anonymous).isInstanceOfSatisfying(Derived.SurveyResponse.class, r -> {
            assertThat(r.member()).isEmpty();
            assertThat(r.answers().get("q1.other").asText()).isEqualTo("공원");
        });
        assertThat(read(RecordKind.SURVEY_RESPONSE, "{\"answers\":{},\"member\":\"h1\",\"survey\":\"s\"}"))
                .isInstanceOfSatisfying(Derived.SurveyResponse.class, r -> assertThat(r.member()).contains("h1"));
        assertThat(read(RecordKind.SURVEY_RESPONSE, "{\"answers\":{\"q1.other\":3},\"survey\":\"s\"}"))
                .isInstanceOf(Derived.Malformed.class);
    }

    @Test
    void readsSurveyPointsClaims() {
        assertThat(read(RecordKind.SURVEY_POINTS, "{\"member\":\"h1\",\"points\":500,\"survey\":\"s\"}"))
                .isEqualTo(new Derived.SurveyPoints("s", "h1", 500));
        assertThat(read(RecordKind.SURVEY_POINTS, "{\"points\":500,\"survey\":\"s\"}")).isInstanceOf(Derived.Malformed.class);
    }

    @Test
    void readsPlainAndSealedClosingSheets() {
        String hash = "ab".repeat(32);
        assertThat(read(RecordKind.VOTE_CLOSE, "{\"blank\":1,\"boxHash\":\"" + hash + "\",\"closedAt\":\"2026-12-04T09:00:00Z\","
                + "\"closedBy\":\"staff:kim\",\"counts\":{\"a\":2},\"methods\":{\"member\":3},\"poll\":\"p\","
                + "\"sealed\":false,\"turnout\":3}")).isEqualTo(new Derived.PollClose("p", "2026-12-04T09:00:00Z",
                "staff:kim", 3, Map.of("member", 3L), false, Optional.of(Map.of("a", 2L)), Optional.of(1L), hash));
        assertThat(read(RecordKind.VOTE_CLOSE, "{\"boxHash\":\"" + hash + "\",\"closedAt\":\"2026-12-04T09:00:00Z\","
                + "\"closedBy\":\"schedule\",\"methods\":{},\"poll\":\"p\",\"sealed\":true,\"turnout\":0}"))
                .isInstanceOf(Derived.PollClose.class);
        assertThat(read(RecordKind.VOTE_CLOSE, "{\"boxHash\":\"" + hash + "\",\"closedAt\":\"2026-12-04T09:00:00Z\","
                + "\"closedBy\":\"schedule\",\"methods\":{},\"poll\":\"p\",\"sealed\":false,\"turnout\":0}"))
                .isEqualTo(new Derived.Malformed("vote.close body: a plain poll's closing needs 'counts' and 'blank'"));
    }
}
