package org.madang.kiosk.ui.model;

import java.time.Duration;

/**
 * Runs a task on the UI thread after a delay. Injected so that idle timers and lock-outs are tested
 * by advancing a fake clock instead of sleeping.
 */
public interface UiScheduler {

    /** Runs {@code task} on the UI thread after {@code delay}; the returned handle cancels it. */
    Cancellable schedule(Duration delay, Runnable task);

    /** Cancels a scheduled task; cancelling twice or after it ran does nothing. */
    @FunctionalInterface
    interface Cancellable {
        /** Stops the task if it has not run yet. */
        void cancel();
    }
}
