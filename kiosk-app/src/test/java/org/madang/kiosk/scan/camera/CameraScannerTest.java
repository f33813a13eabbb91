package org.madang.kiosk.scan.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.madang.journal.testing.MutableClock;
import org.madang.kiosk.scan.ScanSource;

class CameraScannerTest {

    private static final BufferedImage CODE_A = TestImages.qr("MEMBER-A", 200);
    private static final BufferedImage CODE_B = TestImages.qr("MEMBER-B", 200);
    private static final BufferedImage NOTHING = TestImages.blank(200, 200);
    private static final Executor SAME_THREAD = Runnable::run;

    /** Frames from a list; before each frame the clock moves by the frame's gap. */
    private static final class ListSource implements FrameSource {
        private final Iterator<BufferedImage> images;
        private final MutableClock clock;
        private final Duration gap;
        boolean closed;

        ListSource(List<BufferedImage> images, MutableClock clock, Duration gap) {
            this.images = images.iterator();
            this.clock = clock;
            this.gap = gap;
        }

        @Override
        public Optional<Frame> next() {
            if (closed || !images.hasNext()) {
                return Optional.empty();
            }
            clock.advance(gap);
            return Optional.of(new Frame(images.next(), "f"));
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Holds decode tasks until the test runs them: a decoder that is still busy. */
    private static final class HeldExecutor implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    private record Scan(String payload, ScanSource source) {
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T01:00:00Z"));
    private final List<Scan> scans = new ArrayList<>();
    private final List<BufferedImage> previewed = new ArrayList<>();

    private CameraScanner scanner(FrameSource source, Executor decodeExecutor) {
        return new CameraScanner(source, new QrDecoder(), SAME_THREAD, decodeExecutor, clock,
                CameraScanner.DEFAULT_DEBOUNCE, (p, s) -> scans.add(new Scan(p, s)), previewed::add);
    }

    @Test
    void aCodeHeldInFrontOfTheCameraIsReportedOnceAsCamera() {
        var frames = List.of(NOTHING, CODE_A, CODE_A, CODE_A, CODE_A, NOTHING);
        try (var scanner = scanner(new ListSource(frames, clock, Duration.ofMillis(100)), SAME_THREAD)) {
            scanner.start();
            assertThat(scanner.stats()).isEqualTo(new CameraScanner.Stats(6, 0, 1));
        }
        assertThat(scans).containsExactly(new Scan("MEMBER-A", ScanSource.CAMERA));
    }

    @Test
    void theSameCodeShownAgainAfterTheDebounceIsANewScan() {
        var frames = List.of(CODE_A, NOTHING, CODE_A);
        try (var scanner = scanner(new ListSource(frames, clock, Duration.ofMillis(3_001)), SAME_THREAD)) {
            scanner.start();
        }
        assertThat(scans).extracting(Scan::payload).containsExactly("MEMBER-A", "MEMBER-A");
    }

    @Test
    void theSameCodeWithinTheDebounceOfItsLastSightingIsIgnored() {
        var frames = List.of(CODE_A, CODE_A, CODE_A);
        try (var scanner = scanner(new ListSource(frames, clock, Duration.ofMillis(2_000)), SAME_THREAD)) {
            scanner.start();
        }
        assertThat(scans).extracting(Scan::payload).containsExactly("MEMBER-A");
    }

    @Test
    void aDifferentCodeIsReportedAtOnce() {
        var frames = List.of(CODE_A, CODE_B, CODE_A);
        try (var scanner = scanner(new ListSource(frames, clock, Duration.ofMillis(50)), SAME_THREAD)) {
            scanner.start();
        }
        assertThat(scans).extracting(Scan::payload).containsExactly("MEMBER-A", "MEMBER-B");
    }

    @Test
    void framesArrivingWhileTheDecoderIsBusyAreDroppedNotQueued() {
        var held = new HeldExecutor();
        var frames = List.of(CODE_A, CODE_B, CODE_B, CODE_B, CODE_B);
        try (var scanner = scanner(new ListSource(frames, clock, Duration.ofMillis(33)), held)) {
            scanner.start();
            assertThat(held.tasks).hasSize(1);
            held.runAll();
            assertThat(scanner.stats()).isEqualTo(new CameraScanner.Stats(5, 4, 1));
        }
        assertThat(scans).extracting(Scan::payload).containsExactly("MEMBER-A");
    }

    @Test
    void everyFrameGoesToThePreviewEvenWhenDropped() {
        var held = new HeldExecutor();
        var frames = List.of(CODE_A, NOTHING, CODE_B);
        try (var scanner = scanner(new ListSource(frames, clock, Duration.ofMillis(33)), held)) {
            scanner.start();
        }
        assertThat(previewed).containsExactlyElementsOf(frames);
    }

    @Test
    void closingClosesTheSource() {
        var source = new ListSource(List.of(), clock, Duration.ZERO);
        scanner(source, SAME_THREAD).close();
        assertThat(source.closed).isTrue();
    }
}
