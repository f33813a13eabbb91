package org.madang.kiosk.station.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madang.kiosk.scan.ScanSource;

class LineScanInputTest {

    private static List<String> read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> read(byte[] bytes) throws Exception {
        List<String> scans = new ArrayList<>();
        try (LineScanInput input = new LineScanInput(new ByteArrayInputStream(bytes), ScanSource.SERIAL)) {
            input.readInto((payload, source) -> scans.add(payload + "@" + source));
        }
        return scans;
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb\n", "a\r\nb\r\n", "a\rb", "\n\na\n  \nb"})
    void readsOnePayloadPerLineWhateverTheLineEnd(String text) throws Exception {
        assertThat(read(text)).containsExactly("a@SERIAL", "b@SERIAL");
    }

    @Test
    void keepsKoreanText() throws Exception {
        assertThat(read("명동-행사\n")).containsExactly("명동-행사@SERIAL");
    }

    @Test
    void cutsARunawayLineInsteadOfGrowingWithoutLimit() throws Exception {
        byte[] huge = new byte[LineScanInput.MAX_LINE_BYTES * 4 + 2];
        java.util.Arrays.fill(huge, (byte) 'x');
        huge[huge.length - 1] = 'y';
        huge[huge.length - 2] = '\n';

        assertThat(read(huge)).extracting(String::length)
                .containsExactly(LineScanInput.MAX_LINE_BYTES + "@SERIAL".length(), 1 + "@SERIAL".length());
    }
}
