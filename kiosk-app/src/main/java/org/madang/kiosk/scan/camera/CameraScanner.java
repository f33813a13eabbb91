package org.madang.kiosk.scan.camera;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.madang.kiosk.scan.ScanListener;
import org.madang.kiosk.scan.ScanSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The camera as a scanner: pulls frames on one executor, offers each to the preview, and decodes
 * on another, one frame at a time. A frame that arrives while the decoder is busy is dropped, never
 * queued, so a slow board shows a live preview and decodes the freshest frame it can.
 *
 * <p>A payload is reported once: the same payload seen again within the debounce of the last time
 * it was seen (3 s by default) is ignored, so a card held still in front of the camera is one scan;
 * taken away for longer than the debounce and shown again, it is a new scan (the check-in desk
 * then says "already checked in").
 *
 * <p>Threads: the preview consumer runs on the frame executor, the {@link ScanListener} on the
 * decode executor; neither may block on the UI thread (the UI hands results over with runLater).
 */
public final class CameraScanner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CameraScanner.class);

    /** Default quiet time before the same payload counts again. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofSeconds(3);

    private final FrameSource source;
    private final QrDecoder decoder;
    private final Executor frameExecutor;
    private final Executor decodeExecutor;
    private final Clock clock;
    private final Duration debounce;
    private final ScanListener listener;
    private final Consumer<BufferedImage> preview;

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean decoding = new AtomicBoolean();
    private volatile boolean closed;
    private final Map<String, Instant> lastSeen = new HashMap<>();
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong reported = new AtomicLong();

    /** Counters since start, for the staff diagnostics screen and the benchmark. */
    public record Stats(long frames, long dropped, long reported) {
    }

    public CameraScanner(FrameSource source, QrDecoder decoder, Executor frameExecutor, Executor decodeExecutor,
            Clock clock, Duration debounce, ScanListener listener, Consumer<BufferedImage> preview) {
        this.source = Objects.requireNonNull(source, "source");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.frameExecutor = Objects.requireNonNull(frameExecutor, "frameExecutor");
        this.decodeExecutor = Objects.requireNonNull(decodeExecutor, "decodeExecutor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.debounce = Objects.requireNonNull(debounce, "debounce");
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("scan.camera.debounce must not be negative, was " + debounce);
        }
        this.listener = Objects.requireNonNull(listener, "listener");
        this.preview = Objects.requireNonNull(preview, "preview");
    }

    /** Starts pulling frames on the frame executor; returns at once (unless that executor runs inline). */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("camera scanner already started");
        }
        frameExecutor.execute(this::pullFrames);
    }

    private void pullFrames() {
        try {
            while (!closed) {
                Optional<Frame> frame = source.next();
                if (frame.isEmpty()) {
                    break;
                }
                frames.incrementAndGet();
                offer(frame.get().image());
            }
        } catch (IOException e) {
            log.error("camera stopped: {}", e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void offer(BufferedImage image) {
        try {
            preview.accept(image);
        } catch (RuntimeException e) {
            log.warn("camera preview failed on one frame", e);
        }
        if (!decoding.compareAndSet(false, true)) {
            dropped.incrementAndGet();
            return;
        }
        try {
            decodeExecutor.execute(() -> decode(image));
        } catch (RejectedExecutionException e) {
            decoding.set(false);
            dropped.incrementAndGet();
        }
    }

    private void decode(BufferedImage image) {
        try {
            decoder.decode(image).filter(this::isNew).ifPresent(payload -> {
                reported.incrementAndGet();
                listener.onScan(payload, ScanSource.CAMERA);
            });
        } catch (RuntimeException e) {
            log.warn("QR decoding failed on one frame", e);
        } finally {
            decoding.set(false);
        }
    }

    private synchronized boolean isNew(String payload) {
        Instant now = clock.instant();
        lastSeen.values().removeIf(seen -> Duration.between(seen, now).compareTo(debounce) > 0);
        return lastSeen.put(payload, now) == null;
    }

    /** Counters so far. */
    public Stats stats() {
        return new Stats(frames.get(), dropped.get(), reported.get());
    }

    /** Stops pulling frames and closes the source; a decode in progress finishes. */
    @Override
    public void close() {
        closed = true;
        source.close();
    }
}
