package org.madang.kiosk.hardware;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A buzzer pattern as data: a list of steps, each sounding or silent for a time. Data rather than
 * code so the sounds can be tested step by step and tuned in one place.
 */
public final class BuzzerScript {

    /** A short beep: long enough to hear in a noisy hall, short enough not to annoy a queue. */
    public static final Duration SHORT = Duration.ofMillis(120);
    /** The gap between two short beeps. */
    public static final Duration GAP = Duration.ofMillis(120);
    /** A long beep: unmistakably different from one or two short ones. */
    public static final Duration LONG = Duration.ofMillis(700);

    /** One step: the buzzer on or off for {@code length}. */
    public record Step(boolean on, Duration length) {
        public Step {
            Objects.requireNonNull(length, "length");
        }
    }

    private BuzzerScript() {
    }

    /** The steps of a pattern; the buzzer is off after the last one. */
    public static List<Step> of(BuzzerPattern pattern) {
        return switch (pattern) {
            case SUCCESS -> List.of(new Step(true, SHORT));
            case DUPLICATE -> List.of(new Step(true, SHORT), new Step(false, GAP), new Step(true, SHORT));
            case FAILURE -> List.of(new Step(true, LONG));
        };
    }
}
