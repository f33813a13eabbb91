package org.madang.kiosk.ui.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The kiosk's timeouts, fixed at start.
 *
 * @param choosing screens where a person is deciding (PIN pad, staff mode, a survey)
 * @param feedback screens that only wait for a scan or show an outcome (check-in)
 * @param feedbackShown how long an outcome stays before the check-in screen is ready again
 */
public record UiTimeouts(IdlePolicy choosing, IdlePolicy feedback, Duration feedbackShown) {

    /** 120 s + 30 s while choosing; 45 s + 20 s on check-in; outcomes shown for 6 s. */
    public static final UiTimeouts DEFAULTS = new UiTimeouts(
            new IdlePolicy(Duration.ofSeconds(120), Duration.ofSeconds(30)),
            new IdlePolicy(Duration.ofSeconds(45), Duration.ofSeconds(20)),
            Duration.ofSeconds(6));

    public UiTimeouts {
        Objects.requireNonNull(choosing, "choosing");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(feedbackShown, "feedbackShown");
        if (feedbackShown.compareTo(Duration.ofSeconds(2)) < 0) {
            throw new IllegalArgumentException("an outcome must stay at least 2 s to be read, got " + feedbackShown);
        }
    }

    /** The policy of a screen; empty for the welcome screen, which never times out. */
    public java.util.Optional<IdlePolicy> policyFor(Screen screen) {
        return switch (screen) {
            case ATTRACT -> java.util.Optional.empty();
            case CHECKIN -> java.util.Optional.of(feedback);
            case STAFF_PIN, STAFF, SURVEY, VOTE, VOTE_STAFF -> java.util.Optional.of(choosing);
        };
    }
}
