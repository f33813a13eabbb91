package org.madang.kiosk.scan.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.madang.journal.testing.MutableClock;

class WatchedFrameSourceTest {

    private static final Frame FRAME = new Frame(TestImages.blank(8, 8), "f");

    private final List<String> reports = new ArrayList<>();
    private final CameraWatcher watcher = new CameraWatcher() {
        @Override
        public void alive() {
            reports.add("alive");
        }

        @Override
        public void ended() {
            reports.add("ended");
        }
    };

    /** Frames forever, then (once {@code end} is set) the end or a failure. */
    private static final class Source implements FrameSource {
        boolean end;
        boolean fail;
        boolean closed;

        @Override
        public Optional<Frame> next() throws IOException {
            if (fail) {
                throw new IOException("camera gone");
            }
            return end ? Optional.empty() : Optional.of(FRAME);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
    private final Source source = new Source();
    private final WatchedFrameSource watched = new WatchedFrameSource(source, watcher, clock, Duration.ofSeconds(1));

    @Test
    void fifteenFramesASecondMakeOneHeartbeatASecond() throws Exception {
        for (int i = 0; i < 45; i++) {
            watched.next();
            clock.advance(Duration.ofMillis(1000 / 15));
        }
        assertThat(reports).containsExactly("alive", "alive", "alive");
    }

    @Test
    void theEndOfTheSourceIsReported() throws Exception {
        watched.next();
        source.end = true;
        assertThat(watched.next()).isEmpty();
        assertThat(reports).containsExactly("alive", "ended");
    }

    @Test
    void aFailingSourceIsReportedAsEndedAndTheFailurePassesOn() {
        source.fail = true;
        assertThatThrownBy(watched::next).isInstanceOf(IOException.class);
        assertThat(reports).containsExactly("ended");
    }

    @Test
    void closingIsNotReportedAsAnEnd() throws Exception {
        watched.close();
        source.end = true;
        watched.next();
        assertThat(source.closed).isTrue();
        assertThat(reports).isEmpty();
    }
}
