package org.madang.kiosk.ui;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.madang.kiosk.scan.ScanListener;
import org.madang.kiosk.scan.camera.CameraScanner;
import org.madang.kiosk.scan.camera.CameraWatcher;
import org.madang.kiosk.scan.camera.FrameSource;
import org.madang.kiosk.scan.camera.QrDecoder;
import org.madang.kiosk.scan.camera.WatchedFrameSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running camera for the touchscreen: a {@link CameraScanner} on two daemon threads of its own
 * (frames and preview on one, QR decoding on the other), reporting scans, heartbeats and its end.
 * Closing it stops the camera command and both threads; the launcher closes it when the app exits.
 */
public final class KioskCamera implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KioskCamera.class);

    private final CameraScanner scanner;
    private final ExecutorService frames;
    private final ExecutorService decoding;

    private KioskCamera(CameraScanner scanner, ExecutorService frames, ExecutorService decoding) {
        this.scanner = scanner;
        this.frames = frames;
        this.decoding = decoding;
    }

    /**
     * Starts pulling frames from {@code source} at once and returns.
     *
     * @param scans gets each new payload (on the decoding thread)
     * @param watcher gets heartbeats and the source's end (on the frame thread)
     * @param preview gets every frame (on the frame thread)
     */
    public static KioskCamera start(FrameSource source, ScanListener scans, CameraWatcher watcher,
            Consumer<BufferedImage> preview, Clock clock) {
        Objects.requireNonNull(source, "source");
        ExecutorService frames = Executors.newSingleThreadExecutor(daemon("kiosk-camera-frames"));
        ExecutorService decoding = Executors.newSingleThreadExecutor(daemon("kiosk-camera-decode"));
        CameraScanner scanner = new CameraScanner(
                new WatchedFrameSource(source, watcher, clock, WatchedFrameSource.DEFAULT_HEARTBEAT), new QrDecoder(),
                frames, decoding, clock, CameraScanner.DEFAULT_DEBOUNCE, scans, preview);
        scanner.start();
        return new KioskCamera(scanner, frames, decoding);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            // The kiosk's exit must never wait for a camera.
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Frames, dropped frames and reported scans so far. */
    public CameraScanner.Stats stats() {
        return scanner.stats();
    }

    /** True once both threads have finished (after {@link #close()}). */
    public boolean stopped() {
        return frames.isTerminated() && decoding.isTerminated();
    }

    /** Stops the camera command and waits up to two seconds for the threads to finish. */
    @Override
    public void close() {
        scanner.close();
        frames.shutdownNow();
        decoding.shutdown();
        try {
            if (!frames.awaitTermination(2, TimeUnit.SECONDS) || !decoding.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("camera threads still running 2 s after close; they are daemons and end with the app");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("camera stopped: {}", scanner.stats());
    }
}
