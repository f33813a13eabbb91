package org.madang.central.derived;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
        return new JournalRecord(1, "id-1", RecordKind.CHECKIN,
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
}
