package org.madang.kiosk.station.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madang.kiosk.scan.ScanSource;

/** Synthetic {@code struct input_event} streams, as a USB scanner's keyboard device delivers them. */
class EvdevScanInputTest {

    private static final int EV_SYN = 0;
    private static final int EV_MSC = 4;
    // linux/input-event-codes.h
    private static final Map<Character, Integer> CODES = Map.ofEntries(
            Map.entry('m', 50), Map.entry('e', 18), Map.entry('b', 48), Map.entry('r', 19), Map.entry(':', 39),
            Map.entry('1', 2), Map.entry('2', 3), Map.entry('0', 11), Map.entry('-', 12), Map.entry('.', 52),
            Map.entry('A', 30), Map.entry('a', 30), Map.entry('_', 12), Map.entry('z', 44), Map.entry('/', 53));

    private final Events events = new Events(24);

    /** Builds a device's byte stream with records of one size. */
    private static final class Events {
        private final int recordBytes;
        private final ByteArrayOutputStream stream = new ByteArrayOutputStream();

        Events(int recordBytes) {
            this.recordBytes = recordBytes;
        }

        private void event(int type, int code, int value) {
            ByteBuffer record = ByteBuffer.allocate(recordBytes).order(ByteOrder.nativeOrder());
            // The timeval is filled like the kernel does; the reader must skip it.
            record.putLong(0, 1_763_800_000L);
            record.putShort(recordBytes - 8, (short) type);
            record.putShort(recordBytes - 6, (short) code);
            record.putInt(recordBytes - 4, value);
            stream.writeBytes(record.array());
        }

        private void key(int code, int value) {
            event(EV_MSC, 4, 0x70000 + code); // scan code report, as real keyboards send first
            event(EvdevScanInput.EV_KEY, code, value);
            event(EV_SYN, 0, 0);
        }

        private void type(String text) {
            for (char c : text.toCharArray()) {
                boolean shifted = c == ':' || c == '_' || Character.isUpperCase(c);
                if (shifted) {
                    key(EvdevScanInput.KEY_LEFTSHIFT, 1);
                }
                int code = CODES.get(c);
                key(code, 1);
                key(code, 0);
                if (shifted) {
                    key(EvdevScanInput.KEY_LEFTSHIFT, 0);
                }
            }
            key(EvdevScanInput.KEY_ENTER, 1);
            key(EvdevScanInput.KEY_ENTER, 0);
        }

        private List<String> read(int size) throws Exception {
            List<String> scans = new ArrayList<>();
            try (EvdevScanInput input = new EvdevScanInput(new ByteArrayInputStream(stream.toByteArray()), size)) {
                input.readInto((payload, source) -> {
                    assertThat(source).isEqualTo(ScanSource.KEYBOARD_WEDGE);
                    scans.add(payload);
                });
            }
            return scans;
        }
    }

    private void type(String text) {
        events.type(text);
    }

    private void key(int code, int value) {
        events.key(code, value);
    }

    private List<String> read(int size) throws Exception {
        return events.read(size);
    }

    @Test
    void typesKeysWithShiftAndEndsAPayloadAtEnter() throws Exception {
        type("member:A12_0");
        type("zebra-1.2/0");

        assertThat(read(24)).containsExactly("member:A12_0", "zebra-1.2/0");
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 24})
    void readsTheRecordSizeOfEitherKernelAbi(int size) throws Exception {
        Events test = new Events(size);
        test.type("member:e1");

        assertThat(test.read(size)).containsExactly("member:e1");
    }

    @Test
    void typesARepeatedKeyAgainAndIgnoresUnknownKeys() throws Exception {
        key(CODES.get('m'), 1);
        key(CODES.get('m'), 2);
        key(CODES.get('m'), 0);
        key(58, 1); // caps lock: not part of a payload
        key(EvdevScanInput.KEY_KPENTER, 1);

        assertThat(read(24)).containsExactly("mm");
    }

    @Test
    void ignoresEmptyLinesAndAnUnfinishedLastLine() throws Exception {
        key(EvdevScanInput.KEY_ENTER, 1);
        type("be");
        key(CODES.get('m'), 1); // the stream ends before Enter: not a complete scan

        assertThat(read(24)).containsExactly("be");
    }

    @Test
    void stopsAtATruncatedRecord() throws Exception {
        type("me");
        events.stream.write(new byte[7]);

        assertThat(read(24)).containsExactly("me");
    }
}
