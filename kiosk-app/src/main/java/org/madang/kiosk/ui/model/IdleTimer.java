package org.madang.kiosk.ui.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Watches for a screen left alone: after the policy's idle time it shows a countdown; a touch
 * hides it; when it reaches zero it calls the reset. Time comes from the injected clock and
 * scheduler, so tests advance a fake clock instead of sleeping.
 */
public final class IdleTimer {

    private static final Duration TICK = Duration.ofSeconds(1);

    private final Clock clock;
    private final UiScheduler scheduler;
    private final Runnable onTimeout;
    private final State<Optional<Integer>> secondsLeft = new State<>(Optional.empty());
    private Optional<IdlePolicy> policy = Optional.empty();
    private UiScheduler.Cancellable pending = () -> { };
    private Instant deadline = Instant.EPOCH;

    public IdleTimer(Clock clock, UiScheduler scheduler, Runnable onTimeout) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.onTimeout = Objects.requireNonNull(onTimeout, "onTimeout");
    }

    /** Seconds left in the visible countdown; empty when no countdown is shown. */
    public State<Optional<Integer>> secondsLeft() {
        return secondsLeft;
    }

    /** Starts watching with {@code policy}, or stops watching when empty (the welcome screen). */
    public void watch(Optional<IdlePolicy> next) {
        policy = Objects.requireNonNull(next, "next");
        restart();
    }

    /** A touch: hides the countdown and starts the idle time again. */
    public void activity() {
        restart();
    }

    private void restart() {
        pending.cancel();
        secondsLeft.set(Optional.empty());
        policy.ifPresent(p -> pending = scheduler.schedule(p.idle(), () -> startCountdown(p)));
    }

    private void startCountdown(IdlePolicy p) {
        deadline = clock.instant().plus(p.countdown());
        tick();
    }

    private void tick() {
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            pending = () -> { };
            secondsLeft.set(Optional.empty());
            onTimeout.run();
            return;
        }
        // Round up: "1 s" shows until the very end, never "0 s" while still waiting.
        long seconds = (left.toMillis() + 999) / 1000;
        secondsLeft.set(Optional.of((int) seconds));
        Duration untilNext = left.minus(Duration.ofSeconds(seconds - 1));
        pending = scheduler.schedule(untilNext.isZero() ? TICK : untilNext, this::tick);
    }
}
