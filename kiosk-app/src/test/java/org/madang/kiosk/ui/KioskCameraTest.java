package org.madang.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.madang.kiosk.scan.camera.Backoff;
import org.madang.kiosk.scan.camera.CameraWatcher;
import org.madang.kiosk.scan.camera.CommandFrameSource;

/** The camera's lifecycle on real threads and a real child process. */
class KioskCameraTest {

    private static final CameraWatcher IGNORED = new CameraWatcher() {
        @Override
        public void alive() {
        }

        @Override
        public void ended() {
        }
    };

    @Test
    void closingStopsTheCameraCommandAndBothThreads() throws Exception {
        // A "camera" that starts and then never sends a frame, like rpicam-vid waiting for its sensor.
        var source = new CommandFrameSource(List.of("sleep", "60"), Backoff.defaults(), d -> { });
        KioskCamera camera = KioskCamera.start(source, (payload, from) -> { }, IGNORED, image -> { }, Clock.systemUTC());
        ProcessHandle child = waitForChild("sleep");

        camera.close();

        // close() gives each thread 2 s (the product's give-up time); on a loaded machine the
        // reader may need longer to see the child's end, so wait for the event, not the time.
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (!camera.stopped() && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(camera.stopped()).isTrue();
        assertThat(child.onExit().get(5, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    private static ProcessHandle waitForChild(String command) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            var found = ProcessHandle.current().children()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/" + command)).orElse(false)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no child process " + command + " started");
    }
}
