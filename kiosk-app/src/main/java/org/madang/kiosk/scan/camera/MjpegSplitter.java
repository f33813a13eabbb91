package org.madang.kiosk.scan.camera;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Cuts an MJPEG byte stream (JPEG images back to back, as {@code rpicam-vid --codec mjpeg} and
 * {@code ffmpeg -f mjpeg} write them) into single JPEG files.
 *
 * <p>It walks the JPEG segment structure rather than searching for the first {@code FF D9}: an
 * EXIF thumbnail inside an APP1 segment carries its own SOI/EOI pair. Bytes before an SOI are
 * skipped (garbage, a half frame at start-up); a frame cut off by the end of the stream is dropped;
 * a frame that grows past the size cap is dropped and the splitter looks for the next SOI.
 */
final class MjpegSplitter {

    private static final int MARKER = 0xFF;
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;

    private final InputStream in;
    private final int maxFrameBytes;
    private final ByteArrayOutputStream frame = new ByteArrayOutputStream(64 * 1024);
    private boolean startPending;

    MjpegSplitter(InputStream in, int maxFrameBytes) {
        this.in = new BufferedInputStream(in, 64 * 1024);
        this.maxFrameBytes = maxFrameBytes;
    }

    /** The next complete JPEG, or empty at the end of the stream. */
    Optional<byte[]> next() throws IOException {
        try {
            while (true) {
                if (!startPending) {
                    findStart();
                }
                startPending = false;
                frame.reset();
                frame.write(MARKER);
                frame.write(SOI);
                if (readFrameBody()) {
                    return Optional.of(frame.toByteArray());
                }
            }
        } catch (EOFException truncated) {
            return Optional.empty();
        }
    }

    private void findStart() throws IOException {
        int previous = -1;
        while (true) {
            int b = read();
            if (previous == MARKER && b == SOI) {
                return;
            }
            previous = b;
        }
    }

    /** Copies segments up to and including EOI; false if the frame is corrupt and must be dropped. */
    private boolean readFrameBody() throws IOException {
        int marker = nextMarker();
        while (true) {
            if (marker < 0) {
                return false;
            }
            if (marker == SOI) {
                startPending = true; // a new image began before this one ended
                return false;
            }
            writeMarker(marker);
            if (marker == EOI) {
                return true;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                marker = nextMarker();
                continue;
            }
            int hi = read();
            int lo = read();
            int length = (hi << 8) | lo;
            if (length < 2) {
                return false;
            }
            frame.write(hi);
            frame.write(lo);
            for (int i = 0; i < length - 2; i++) {
                frame.write(read());
            }
            if (tooBig()) {
                return false;
            }
            marker = marker == SOS ? copyEntropyData() : nextMarker();
        }
    }

    /** The marker after a segment: {@code FF} (fill bytes allowed) then its code; -1 if not a marker. */
    private int nextMarker() throws IOException {
        if (read() != MARKER) {
            return -1;
        }
        int code = read();
        while (code == MARKER) {
            code = read();
        }
        return code;
    }

    /** Copies scan data up to the first real marker (stuffed {@code FF 00} and RSTn are data) and returns it. */
    private int copyEntropyData() throws IOException {
        while (true) {
            int b = read();
            if (b != MARKER) {
                frame.write(b);
            } else {
                int code = read();
                while (code == MARKER) {
                    code = read();
                }
                if (code == 0x00 || (code >= 0xD0 && code <= 0xD7)) {
                    frame.write(MARKER);
                    frame.write(code);
                } else {
                    return code;
                }
            }
            if (tooBig()) {
                return -1;
            }
        }
    }

    private void writeMarker(int code) {
        frame.write(MARKER);
        frame.write(code);
    }

    private boolean tooBig() {
        return frame.size() > maxFrameBytes;
    }

    private int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        return b;
    }
}
