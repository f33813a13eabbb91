package org.madang.kiosk.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.madang.kiosk.ui.testing.Fixtures;
import org.madang.kiosk.ui.testing.ManualScheduler;

class CameraViewModelTest {

    private final ManualScheduler scheduler = new ManualScheduler(Fixtures.NOW);
    private final CameraViewModel camera = new CameraViewModel(scheduler);

    @Test
    void withoutACameraTheStatusIsOffWhateverIsReported() {
        camera.alive();
        camera.ended();
        assertThat(camera.status().get()).isEqualTo(CameraStatus.OFF);
    }

    @Test
    void aStartedCameraIsLiveWithItsFirstHeartbeat() {
        camera.started();
        assertThat(camera.status().get()).isEqualTo(CameraStatus.STARTING);
        camera.alive();
        assertThat(camera.status().get()).isEqualTo(CameraStatus.LIVE);
    }

    @Test
    void aCameraThatNeverDeliversIsUnavailableAfterTheStartupGrace() {
        camera.started();
        scheduler.advance(CameraViewModel.STARTUP.minusMillis(1));
        assertThat(camera.status().get()).isEqualTo(CameraStatus.STARTING);
        scheduler.advance(Duration.ofMillis(1));
        assertThat(camera.status().get()).isEqualTo(CameraStatus.UNAVAILABLE);
    }

    @Test
    void aCameraThatFallsSilentIsUnavailableAndLiveAgainWhenFramesReturn() {
        camera.started();
        for (int second = 0; second < 30; second++) {
            camera.alive();
            scheduler.advance(Duration.ofSeconds(1));
        }
        assertThat(camera.status().get()).isEqualTo(CameraStatus.LIVE);
        scheduler.advance(CameraViewModel.SILENCE);
        assertThat(camera.status().get()).isEqualTo(CameraStatus.UNAVAILABLE);
        camera.alive();
        assertThat(camera.status().get()).isEqualTo(CameraStatus.LIVE);
    }

    @Test
    void anEndedCameraIsUnavailableAtOnceAndNoTimerIsLeft() {
        camera.started();
        camera.alive();
        camera.ended();
        assertThat(camera.status().get()).isEqualTo(CameraStatus.UNAVAILABLE);
        assertThat(scheduler.pending()).isZero();
    }
}
