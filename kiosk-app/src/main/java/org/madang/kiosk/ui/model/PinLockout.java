package org.madang.kiosk.ui.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Slows down PIN guessing at the kiosk: {@value #FREE_ATTEMPTS} wrong PINs lock the pad for the
 * first lock-out; every wrong PIN after a lock-out locks it again for twice as long, up to
 * {@link #MAX_LOCKOUT}. A right PIN clears it all. Survives only as long as the app (a restart is
 * slower than the first lock-outs, and a restart needs power or staff access).
 */
public final class PinLockout {

    /** Wrong PINs allowed before the first lock-out. */
    public static final int FREE_ATTEMPTS = 5;
    /** The longest lock-out. */
    public static final Duration MAX_LOCKOUT = Duration.ofHours(1);

    private final Clock clock;
    private final Duration firstLockout;
    private int failures;
    private Duration nextLockout;
    private Instant lockedUntil = Instant.EPOCH;

    public PinLockout(Clock clock, Duration firstLockout) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (firstLockout.isNegative() || firstLockout.isZero()) {
            throw new IllegalArgumentException("the first lock-out must be positive, got " + firstLockout);
        }
        this.firstLockout = firstLockout;
        this.nextLockout = firstLockout;
    }

    /** The time left of the current lock-out, or empty when a PIN may be tried. */
    public Optional<Duration> remaining() {
        Duration left = Duration.between(clock.instant(), lockedUntil);
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /** Wrong PINs still allowed before the next lock-out. */
    public int attemptsLeft() {
        return Math.max(0, FREE_ATTEMPTS - failures);
    }

    /** Counts a wrong PIN; may start a lock-out. */
    public void recordFailure() {
        failures++;
        if (failures >= FREE_ATTEMPTS) {
            lockedUntil = clock.instant().plus(nextLockout);
            Duration doubled = nextLockout.multipliedBy(2);
            nextLockout = doubled.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : doubled;
        }
    }

    /** A right PIN: everything is forgiven. */
    public void recordSuccess() {
        failures = 0;
        nextLockout = firstLockout;
        lockedUntil = Instant.EPOCH;
    }
}
