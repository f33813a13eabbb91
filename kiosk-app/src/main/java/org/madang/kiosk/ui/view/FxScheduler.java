package org.madang.kiosk.ui.view;

import java.time.Duration;
import javafx.animation.PauseTransition;
import org.madang.kiosk.ui.model.UiScheduler;

/** Schedules view-model timers on the JavaFX thread with animation-timer transitions (no threads, no sleeps). */
public final class FxScheduler implements UiScheduler {

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(Math.max(1, delay.toMillis())));
        pause.setOnFinished(e -> task.run());
        pause.play();
        return pause::stop;
    }
}
