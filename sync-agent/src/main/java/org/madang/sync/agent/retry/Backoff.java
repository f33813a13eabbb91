package org.madang.sync.agent.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: after the n-th failure in a row the delay is uniform in
 * {@code [0, min(cap, base·2^n)]}, so many devices coming back after a central outage spread out
 * instead of arriving together. A {@code Retry-After} from the central is a minimum. Not thread-safe:
 * one loop owns one instance.
 */
public final class Backoff {

    /** The first delay's upper bound. */
    public static final Duration BASE = Duration.ofSeconds(1);
    /** The largest delay, however many failures. */
    public static final Duration CAP = Duration.ofMinutes(5);
    /** A Retry-After longer than this is taken as this (a wrong date must not silence a device for days). */
    public static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    private final long baseMillis;
    private final long capMillis;
    private final RandomGenerator random;
    private int failures;

    /** A backoff with its own base and cap. */
    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap, got base " + base + " cap " + cap);
        }
        this.baseMillis = base.toMillis();
        this.capMillis = cap.toMillis();
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Base 1 s, cap 5 min. */
    public static Backoff standard(RandomGenerator random) {
        return new Backoff(BASE, CAP, random);
    }

    /** The delay before the next attempt after one more failure. */
    public Duration next(Optional<Duration> retryAfter) {
        long ceiling = ceilingMillis(failures);
        failures++;
        long delay = random.nextLong(ceiling + 1);
        long minimum = retryAfter.map(d -> Math.min(Math.max(d.toMillis(), 0), MAX_RETRY_AFTER.toMillis())).orElse(0L);
        return Duration.ofMillis(Math.max(delay, minimum));
    }

    /** After a success: the next failure starts from the base again. */
    public void reset() {
        failures = 0;
    }

    /** Failures in a row so far. */
    public int failures() {
        return failures;
    }

    private long ceilingMillis(int attempt) {
        // 2^attempt overflows long at 63; the cap is reached long before that.
        if (attempt >= 40) {
            return capMillis;
        }
        long grown = baseMillis << attempt;
        return grown <= 0 || grown > capMillis ? capMillis : grown;
    }
}
