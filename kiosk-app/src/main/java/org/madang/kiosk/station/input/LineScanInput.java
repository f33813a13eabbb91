package org.madang.kiosk.station.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.madang.kiosk.scan.ScanListener;
import org.madang.kiosk.scan.ScanSource;

/**
 * One payload per line from a byte stream (standard input, a serial scanner's device file):
 * lines end in LF or CR LF (scanners send either), blank lines are skipped, and a line longer
 * than {@link #MAX_LINE_BYTES} is cut there so a runaway stream cannot exhaust memory; the cut
 * payload is still handed on, and the token check refuses it.
 */
public final class LineScanInput implements ScanInput {

    /** Far beyond any member QR code (a few hundred bytes). */
    public static final int MAX_LINE_BYTES = 8 * 1024;

    private final InputStream in;
    private final ScanSource source;

    public LineScanInput(InputStream in, ScanSource source) {
        this.in = Objects.requireNonNull(in, "in");
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public void readInto(ScanListener listener) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (b == '\n' || b == '\r') {
                    emit(line, listener);
                } else if (line.size() < MAX_LINE_BYTES) {
                    line.write(b);
                }
            }
        }
        emit(line, listener);
    }

    private void emit(ByteArrayOutputStream line, ScanListener listener) {
        if (line.size() > 0) {
            String payload = line.toString(StandardCharsets.UTF_8).strip();
            line.reset();
            if (!payload.isEmpty()) {
                listener.onScan(payload, source);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
