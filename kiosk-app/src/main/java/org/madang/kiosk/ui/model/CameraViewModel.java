package org.madang.kiosk.ui.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The camera's state as the check-in screen shows it. The camera reports that frames arrive
 * (a heartbeat) or that it ended; silence longer than {@code silence}, or no first frame within
 * {@code startup}, counts as unavailable, because a camera command that cannot start is retried
 * quietly rather than failing once. Called on the UI thread only.
 */
public final class CameraViewModel {

    /** rpicam-vid needs a second or two to open the sensor; a missing camera is retried with backoff. */
    public static final Duration STARTUP = Duration.ofSeconds(10);
    /** Several missed heartbeats (one a second) mean the stream stopped. */
    public static final Duration SILENCE = Duration.ofSeconds(5);

    private final UiScheduler scheduler;
    private final State<CameraStatus> status = new State<>(CameraStatus.OFF);
    private UiScheduler.Cancellable timeout = () -> { };

    public CameraViewModel(UiScheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /** The camera's state; {@link CameraStatus#OFF} until a camera is started. */
    public State<CameraStatus> status() {
        return status;
    }

    /** A camera was configured and started. */
    public void started() {
        status.set(CameraStatus.STARTING);
        expectWithin(STARTUP);
    }

    /** Frames are arriving. */
    public void alive() {
        if (status.get() == CameraStatus.OFF) {
            return;
        }
        status.set(CameraStatus.LIVE);
        expectWithin(SILENCE);
    }

    /** The camera's source ended for good. */
    public void ended() {
        timeout.cancel();
        if (status.get() != CameraStatus.OFF) {
            status.set(CameraStatus.UNAVAILABLE);
        }
    }

    private void expectWithin(Duration wait) {
        timeout.cancel();
        timeout = scheduler.schedule(wait, () -> status.set(CameraStatus.UNAVAILABLE));
    }
}
