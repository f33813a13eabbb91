package org.madang.kiosk.ui.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a screen waits without a touch before it shows the countdown, and how long the
 * countdown runs before the kiosk goes back to the welcome screen.
 *
 * @param idle time without a touch before the countdown appears
 * @param countdown visible countdown with its "continue" button, at least {@link #MIN_COUNTDOWN}
 */
public record IdlePolicy(Duration idle, Duration countdown) {

    /** A person needs time to read the warning and reach the button (KWCAG 2.2, 2.2.1 time limits: 20 s). */
    public static final Duration MIN_COUNTDOWN = Duration.ofSeconds(20);

    public IdlePolicy {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(countdown, "countdown");
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("idle time must be positive, got " + idle);
        }
        if (countdown.compareTo(MIN_COUNTDOWN) < 0) {
            throw new IllegalArgumentException("countdown must be at least " + MIN_COUNTDOWN.toSeconds()
                    + " s so a person can react, got " + countdown.toSeconds() + " s");
        }
    }
}
