package org.madang.kiosk.station.input;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.madang.kiosk.scan.ScanListener;
import org.madang.kiosk.scan.ScanSource;

/**
 * A keyboard-wedge scanner read from its Linux input device ({@code /dev/input/eventN}) rather
 * than from a terminal, so the station needs no focused console: {@code struct input_event}
 * records, key presses mapped to characters with a US layout and Shift, Enter ending a payload.
 *
 * <p>Record layout: {@code struct timeval} (two longs), {@code __u16 type}, {@code __u16 code},
 * {@code __s32 value}, in the machine's byte order (little-endian on amd64 and arm64): 24 bytes on
 * a 64-bit kernel ABI, 16 on a 32-bit one. Another program reading the same device still sees the
 * keys; the service should run without a console login on that keyboard.
 */
public final class EvdevScanInput implements ScanInput {

    static final int EV_KEY = 1;
    static final int KEY_RELEASED = 0;
    static final int KEY_PRESSED = 1;
    static final int KEY_REPEATED = 2;
    static final int KEY_ENTER = 28;
    static final int KEY_KPENTER = 96;
    static final int KEY_LEFTSHIFT = 42;
    static final int KEY_RIGHTSHIFT = 54;

    // Key codes from linux/input-event-codes.h to US-layout characters: [code] = {plain, shifted}.
    private static final String[] PLAIN = new String[128];
    private static final String[] SHIFTED = new String[128];

    static {
        row(2, "1234567890-=", "!@#$%^&*()_+");
        row(16, "qwertyuiop[]", "QWERTYUIOP{}");
        row(30, "asdfghjkl;'`", "ASDFGHJKL:\"~");
        row(43, "\\zxcvbnm,./", "|ZXCVBNM<>?");
        row(57, " ", " ");
    }

    private static void row(int firstCode, String plain, String shifted) {
        for (int i = 0; i < plain.length(); i++) {
            PLAIN[firstCode + i] = plain.substring(i, i + 1);
            SHIFTED[firstCode + i] = shifted.substring(i, i + 1);
        }
    }

    private final DataInputStream in;
    private final int recordBytes;

    /**
     * @param recordBytes 24 on a 64-bit kernel ABI, 16 on a 32-bit one ({@link #forThisJvm})
     */
    public EvdevScanInput(InputStream in, int recordBytes) {
        if (recordBytes != 16 && recordBytes != 24) {
            throw new IllegalArgumentException("input_event records are 16 or 24 bytes, not " + recordBytes);
        }
        this.in = new DataInputStream(in);
        this.recordBytes = recordBytes;
    }

    /** Records sized for this JVM's data model, which matches the kernel ABI it runs on. */
    public static EvdevScanInput forThisJvm(InputStream in) {
        return new EvdevScanInput(in, "32".equals(System.getProperty("sun.arch.data.model")) ? 16 : 24);
    }

    @Override
    public void readInto(ScanListener listener) throws IOException {
        byte[] record = new byte[recordBytes];
        ByteBuffer view = ByteBuffer.wrap(record).order(ByteOrder.nativeOrder());
        int typeOffset = recordBytes - 8;
        StringBuilder line = new StringBuilder();
        int shiftsDown = 0;
        while (true) {
            try {
                in.readFully(record);
            } catch (EOFException e) {
                return;
            }
            int type = Short.toUnsignedInt(view.getShort(typeOffset));
            int code = Short.toUnsignedInt(view.getShort(typeOffset + 2));
            int value = view.getInt(typeOffset + 4);
            if (type != EV_KEY) {
                continue;
            }
            if (code == KEY_LEFTSHIFT || code == KEY_RIGHTSHIFT) {
                if (value == KEY_PRESSED) {
                    shiftsDown++;
                } else if (value == KEY_RELEASED) {
                    shiftsDown = Math.max(0, shiftsDown - 1);
                }
                continue;
            }
            if (value != KEY_PRESSED && value != KEY_REPEATED) {
                continue;
            }
            if (code == KEY_ENTER || code == KEY_KPENTER) {
                if (!line.isEmpty()) {
                    listener.onScan(line.toString(), ScanSource.KEYBOARD_WEDGE);
                    line.setLength(0);
                }
            } else if (code < PLAIN.length && PLAIN[code] != null && line.length() < LineScanInput.MAX_LINE_BYTES) {
                line.append(shiftsDown > 0 ? SHIFTED[code] : PLAIN[code]);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
