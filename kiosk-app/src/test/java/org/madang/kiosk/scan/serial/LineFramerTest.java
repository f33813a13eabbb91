package org.madang.kiosk.scan.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineFramerTest {

    private static final long MS = 1_000_000L;

    private final LineFramer framer = new LineFramer(4096, Duration.ofMillis(200));

    /** Feeds a stream in reads of {@code chunk} bytes, 1 ms apart, like a serial port does. */
    private static List<String> frame(LineFramer framer, InputStream in, int chunk) throws IOException {
        List<String> out = new ArrayList<>();
        byte[] buffer = new byte[chunk];
        long now = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            now += MS;
            framer.accept(buffer, 0, n, now).forEach(l -> out.add(l.text()));
        }
        framer.expire(now + 10_000 * MS).ifPresent(l -> out.add(l.text()));
        return out;
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} in chunks of {1}")
    @CsvSource(delimiter = '|', value = {
        "A1\\rB2\\rC3\\r | 1",
        "A1\\nB2\\nC3\\n | 2",
        "A1\\r\\nB2\\r\\nC3\\r\\n | 1",
        "A1\\r\\nB2\\r\\nC3\\r\\n | 3",
        "A1\\r\\nB2\\r\\nC3\\r\\n | 1024",
        "\\r\\nA1\\n\\nB2\\r\\r\\nC3\\n | 5",
    })
    void everyTerminatorStyleGivesTheSameLines(String escaped, int chunk) throws IOException {
        String text = escaped.strip().replace("\\r", "\r").replace("\\n", "\n");
        assertThat(frame(framer, stream(text), chunk)).containsExactly("A1", "B2", "C3");
    }

    @Test
    void utf8SplitAcrossReadsIsDecodedWhole() throws IOException {
        assertThat(frame(framer, stream("회원-홍길동\r\n"), 1)).containsExactly("회원-홍길동");
    }

    @Test
    void malformedUtf8BecomesReplacementCharactersNotAnException() {
        byte[] bad = {'A', (byte) 0xC3, '\n'};
        assertThat(framer.accept(bad, 0, bad.length, 0)).extracting(LineFramer.Line::text).containsExactly("A\uFFFD");
    }

    @Test
    void aLineOverTheCapKeepsItsStartAndIsMarkedTruncated() {
        var small = new LineFramer(8, Duration.ofMillis(200));
        byte[] bytes = "0123456789AB\nok\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(small.accept(bytes, 0, bytes.length, 0))
                .containsExactly(new LineFramer.Line("01234567", true), new LineFramer.Line("ok", false));
    }

    @Test
    void aLineWithoutTerminatorIsEmittedOnceIdlePastTheTimeout() {
        byte[] bytes = "NO-SUFFIX".getBytes(StandardCharsets.US_ASCII);
        assertThat(framer.accept(bytes, 0, bytes.length, 0)).isEmpty();

        assertThat(framer.expire(200 * MS)).isEmpty();
        assertThat(framer.expire(200 * MS + 1)).contains(new LineFramer.Line("NO-SUFFIX", false));
        assertThat(framer.expire(900 * MS)).isEmpty();
    }

    @Test
    void aStalePartialLineIsEmittedBeforeTheNextBytes() {
        byte[] first = "OLD".getBytes(StandardCharsets.US_ASCII);
        byte[] second = "NEW\r".getBytes(StandardCharsets.US_ASCII);
        framer.accept(first, 0, first.length, 0);

        assertThat(framer.accept(second, 0, second.length, 500 * MS)).extracting(LineFramer.Line::text)
                .containsExactly("OLD", "NEW");
    }

    @Test
    void aCrAtTheEndOfOneReadAndItsLfAtTheStartOfTheNextMakeOneTerminator() {
        byte[] a = "X1\r".getBytes(StandardCharsets.US_ASCII);
        byte[] b = "\nX2\r".getBytes(StandardCharsets.US_ASCII);
        List<LineFramer.Line> lines = new ArrayList<>(framer.accept(a, 0, a.length, 0));
        lines.addAll(framer.accept(b, 0, b.length, MS));

        assertThat(lines).extracting(LineFramer.Line::text).containsExactly("X1", "X2");
    }

    @ParameterizedTest(name = "max {0} bytes, idle {1} ms")
    @CsvSource({"0, 200", "-1, 200", "4096, 0", "4096, -5"})
    void impossibleSettingsAreRefusedWithTheKeyName(int max, long idleMs) {
        assertThatThrownBy(() -> new LineFramer(max, Duration.ofMillis(idleMs)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scan.serial.");
    }
}
