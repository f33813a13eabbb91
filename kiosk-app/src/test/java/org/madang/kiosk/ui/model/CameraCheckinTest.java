package org.madang.kiosk.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madang.kiosk.checkin.CheckinOutcome;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.scan.camera.CameraScanner;
import org.madang.kiosk.scan.camera.CameraWatcher;
import org.madang.kiosk.scan.camera.Frame;
import org.madang.kiosk.scan.camera.FrameSource;
import org.madang.kiosk.scan.camera.QrDecoder;
import org.madang.kiosk.scan.camera.WatchedFrameSource;
import org.madang.kiosk.ui.testing.FakeCheckinDesk;
import org.madang.kiosk.ui.testing.Fixtures;
import org.madang.kiosk.ui.testing.ManualScheduler;
import org.madang.kiosk.ui.testing.QrImages;
import org.madang.kiosk.ui.testing.RecordingTones;
import org.madang.kiosk.ui.testing.SameThreadBackground;

/**
 * The camera path without a screen: frames through the real scanner and decoder into the view
 * model, as the launcher wires it, with every thread hop replaced by a direct call.
 */
class CameraCheckinTest {

    private static final String TOKEN = "eyJhbGciOiJFZERTQSJ9.member-token.sig";
    private static final BufferedImage CODE = QrImages.frame(TOKEN);
    private static final BufferedImage NOBODY = QrImages.blank();
    private static final Executor SAME_THREAD = Runnable::run;

    private final ManualScheduler scheduler = new ManualScheduler(Fixtures.NOW);
    private final FakeCheckinDesk desk = new FakeCheckinDesk();
    private final KioskViewModel vm = new KioskViewModel(Fixtures.services(desk, new RecordingTones()),
            scheduler.clock(), scheduler, new SameThreadBackground(), UiTimeouts.DEFAULTS);

    /** Frames at 10 per second on the scheduler's clock, then the end of the stream. */
    private final class TenPerSecond implements FrameSource {
        private final Iterator<BufferedImage> images;

        TenPerSecond(List<BufferedImage> images) {
            this.images = images.iterator();
        }

        @Override
        public Optional<Frame> next() {
            if (!images.hasNext()) {
                return Optional.empty();
            }
            scheduler.advance(Duration.ofMillis(100));
            return Optional.of(new Frame(images.next(), "frame"));
        }

        @Override
        public void close() {
        }
    }

    @BeforeEach
    void start() {
        vm.start();
    }

    /** Runs the camera over {@code frames} to their end, on this thread. */
    private void camera(List<BufferedImage> frames) {
        CameraWatcher watcher = new CameraWatcher() {
            @Override
            public void alive() {
                vm.camera().alive();
            }

            @Override
            public void ended() {
                vm.camera().ended();
            }
        };
        vm.camera().started();
        var source = new WatchedFrameSource(new TenPerSecond(frames), watcher, scheduler.clock(), Duration.ofSeconds(1));
        try (var scanner = new CameraScanner(source, new QrDecoder(), SAME_THREAD, SAME_THREAD, scheduler.clock(),
                CameraScanner.DEFAULT_DEBOUNCE, vm::scanned, image -> { })) {
            scanner.start();
        }
    }

    @Test
    void aCodeShownToTheCameraOnTheWelcomeScreenChecksInFromTheCamera() {
        desk.answer(new CheckinOutcome.Accepted(Fixtures.CLEANUP, 1000, 7, Fixtures.NOW));
        camera(List.of(NOBODY, NOBODY, CODE, NOBODY));
        assertThat(desk.calls()).containsExactly(new FakeCheckinDesk.Call(TOKEN, ScanSource.CAMERA, "cleanup"));
        assertThat(vm.screen().get()).isEqualTo(Screen.CHECKIN);
        assertThat(vm.checkin().feedback().get().kind()).isEqualTo(FeedbackKind.ACCEPTED);
    }

    @Test
    void aCodeHeldStillInFrontOfTheCameraChecksInOnce() {
        desk.answer(new CheckinOutcome.Accepted(Fixtures.CLEANUP, 1000, 7, Fixtures.NOW));
        vm.startCheckin();
        camera(Stream.concat(Stream.of(NOBODY), Collections.nCopies(40, CODE).stream()).toList());
        assertThat(desk.calls()).hasSize(1);
    }

    @Test
    void framesMakeTheCameraLiveAndItsEndMakesItUnavailable() {
        vm.startCheckin();
        List<CameraStatus> seen = new java.util.ArrayList<>();
        vm.camera().status().observe(seen::add);
        camera(List.of(NOBODY, NOBODY));
        assertThat(seen).containsExactly(CameraStatus.OFF, CameraStatus.STARTING, CameraStatus.LIVE,
                CameraStatus.UNAVAILABLE);
    }

    @Test
    void withTheCameraUnavailableTheKeyboardScannerStillChecksIn() {
        desk.answer(new CheckinOutcome.Accepted(Fixtures.CLEANUP, 1000, 7, Fixtures.NOW));
        vm.startCheckin();
        camera(List.of());
        assertThat(vm.camera().status().get()).isEqualTo(CameraStatus.UNAVAILABLE);
        vm.scanned(TOKEN, ScanSource.KEYBOARD_WEDGE);
        assertThat(desk.calls()).containsExactly(new FakeCheckinDesk.Call(TOKEN, ScanSource.KEYBOARD_WEDGE, "cleanup"));
        assertThat(vm.checkin().feedback().get().kind()).isEqualTo(FeedbackKind.ACCEPTED);
    }
}
