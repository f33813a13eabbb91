package org.madang.kiosk.scan.camera;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A frame source that tells a {@link CameraWatcher} it is alive (at most once per
 * {@code heartbeat}, so a 15 fps camera does not flood the UI thread) and when it ends. Closing
 * it is not an end worth reporting: the app is stopping.
 */
public final class WatchedFrameSource implements FrameSource {

    /** One heartbeat a second. */
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(1);

    private final FrameSource source;
    private final CameraWatcher watcher;
    private final Clock clock;
    private final Duration heartbeat;
    private volatile boolean closed;
    private Instant lastHeartbeat;

    public WatchedFrameSource(FrameSource source, CameraWatcher watcher, Clock clock, Duration heartbeat) {
        this.source = Objects.requireNonNull(source, "source");
        this.watcher = Objects.requireNonNull(watcher, "watcher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.heartbeat = Objects.requireNonNull(heartbeat, "heartbeat");
    }

    @Override
    public Optional<Frame> next() throws IOException, InterruptedException {
        Optional<Frame> frame;
        try {
            frame = source.next();
        } catch (IOException e) {
            reportEnd();
            throw e;
        }
        if (frame.isEmpty()) {
            reportEnd();
        } else {
            Instant now = clock.instant();
            if (lastHeartbeat == null || Duration.between(lastHeartbeat, now).compareTo(heartbeat) >= 0) {
                lastHeartbeat = now;
                watcher.alive();
            }
        }
        return frame;
    }

    private void reportEnd() {
        if (!closed) {
            watcher.ended();
        }
    }

    @Override
    public void close() {
        closed = true;
        source.close();
    }
}
