package org.madang.journal.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.madang.journal.CanonicalJson;
import org.madang.journal.ClockStamp;
import org.madang.journal.RecordKind;

/** The streamed hash equals SHA-256 of the encoding written out as decision 0002 states it. */
class RecordHasherEncodingTest {

    @Test
    void streamedHashEqualsTheDigestOfTheDocumentedEncoding() {
        CanonicalJson body = CanonicalJson.of(Map.of("member", "회원-1", "points", 100));
        Sha256 prev = Sha256.digest("previous");
        Set<Sha256> seen = new HashSet<>();
        for (boolean trusted : new boolean[] {true, false}) {
            ClockStamp clock = new ClockStamp(Instant.ofEpochMilli(1_795_000_000_123L), "boot-é", 987_654_321L, trusted);
            for (RecordKind kind : List.of(RecordKind.CHECKIN, RecordKind.VOTE_BALLOT)) {
                for (int round = 0; round < 3; round++) {
                    long seq = 4_294_967_296L + round;
                    Sha256 streamed = RecordHasher.hash(seq, "id-" + round, kind, body, clock, prev, "key-1");
                    assertThat(streamed).as("trusted=%s kind=%s round=%d", trusted, kind.name(), round)
                            .isEqualTo(Sha256.digest(documented(seq, "id-" + round, kind.name(), body.bytes(), clock,
                                    prev, "key-1")));
                    seen.add(streamed);
                }
            }
        }
        assertThat(seen).as("the trust flag and the kind each change the hash").hasSize(2 * 2 * 3);
    }

    private static byte[] documented(long seq, String id, String kind, byte[] body, ClockStamp clock, Sha256 prev,
            String keyId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("madang.journal.v1\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(8).putLong(seq).array());
        prefixed(out, id.getBytes(StandardCharsets.UTF_8));
        prefixed(out, kind.getBytes(StandardCharsets.UTF_8));
        prefixed(out, body);
        out.writeBytes(ByteBuffer.allocate(8).putLong(clock.wallTime().toEpochMilli()).array());
        prefixed(out, clock.bootId().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(ByteBuffer.allocate(8).putLong(clock.monotonicNanos()).array());
        out.write(clock.wallClockTrusted() ? 1 : 0);
        out.writeBytes(prev.bytes());
        prefixed(out, keyId.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void prefixed(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
