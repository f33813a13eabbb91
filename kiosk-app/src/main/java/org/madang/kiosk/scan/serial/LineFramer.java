package org.madang.kiosk.scan.serial;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cuts a serial scanner's bytes into payloads: a line ends at CR, LF or CRLF; text is UTF-8
 * (a malformed byte becomes U+FFFD, which token checks then refuse); empty lines are skipped.
 *
 * <p>A line longer than the cap keeps its first {@code maxLineBytes} bytes and is marked
 * truncated. A partial line left idle longer than the timeout is emitted by {@link #expire(long)}:
 * some scanners are set up without a terminator and just stop sending. Not thread-safe: one
 * reading thread feeds it.
 */
public final class LineFramer {

    /** One payload. */
    public record Line(String text, boolean truncated) {
        public Line {
            Objects.requireNonNull(text, "text");
        }
    }

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final long idleNanos;
    private final ByteBuffer pending;
    private boolean overflow;
    private boolean afterCr;
    private long lastByteNanos;

    public LineFramer(int maxLineBytes, Duration idleTimeout) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("scan.serial.max-line-bytes must be at least 1, was " + maxLineBytes);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("scan.serial.idle-timeout must be positive, was " + idleTimeout);
        }
        this.idleNanos = idleTimeout.toNanos();
        this.pending = ByteBuffer.allocate(maxLineBytes);
    }

    /** Takes {@code len} bytes received at {@code nanos} (monotonic) and returns the lines they complete. */
    public List<Line> accept(byte[] bytes, int off, int len, long nanos) {
        Objects.checkFromIndexSize(off, len, bytes.length);
        List<Line> lines = new ArrayList<>(1);
        expire(nanos).ifPresent(lines::add);
        for (int i = off; i < off + len; i++) {
            byte b = bytes[i];
            if (b == LF && afterCr) {
                afterCr = false; // the LF of a CRLF: the line already ended at CR
                continue;
            }
            afterCr = b == CR;
            if (b == CR || b == LF) {
                take().ifPresent(lines::add);
            } else if (pending.hasRemaining()) {
                pending.put(b);
            } else {
                overflow = true;
            }
        }
        if (len > 0) {
            lastByteNanos = nanos;
        }
        return lines;
    }

    /** The partial line, if bytes have been waiting longer than the idle timeout at {@code nanos}. */
    public Optional<Line> expire(long nanos) {
        if (pending.position() > 0 && nanos - lastByteNanos > idleNanos) {
            afterCr = false;
            return take();
        }
        return Optional.empty();
    }

    private Optional<Line> take() {
        boolean truncated = overflow;
        overflow = false;
        if (pending.position() == 0) {
            return Optional.empty();
        }
        pending.flip();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(pending)
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new AssertionError("REPLACE never throws", e);
        } finally {
            pending.clear();
        }
        return Optional.of(new Line(text, truncated));
    }
}
