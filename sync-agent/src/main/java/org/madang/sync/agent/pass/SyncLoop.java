package org.madang.sync.agent.pass;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.madang.sync.agent.retry.Backoff;
import org.madang.sync.agent.retry.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs passes: after a pass that could not reach or use the central it waits the backoff (at
 * least the central's Retry-After), after any other the interval. Retry is data: the backoff
 * counts failures in a row without progress; a success, or a pass that got records acknowledged
 * before it failed, resets it.
 */
public final class SyncLoop {

    private static final Logger LOG = LoggerFactory.getLogger(SyncLoop.class);

    /** One pass. */
    @FunctionalInterface
    public interface Pass {
        /** Runs a pass. */
        PassResult run() throws InterruptedException;
    }

    private final Pass pass;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Duration interval;
    private final BooleanSupplier stopRequested;

    /** A loop of {@code pass}. */
    public SyncLoop(Pass pass, Backoff backoff, Sleeper sleeper, Duration interval, BooleanSupplier stopRequested) {
        this.pass = Objects.requireNonNull(pass, "pass");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.stopRequested = Objects.requireNonNull(stopRequested, "stopRequested");
    }

    /**
     * Runs passes until one satisfies {@code finished}, {@code maxPasses} have run, or a stop is
     * requested; returns the last pass's result.
     */
    public PassResult runUntil(Predicate<PassResult> finished, long maxPasses) throws InterruptedException {
        PassResult last = null;
        for (long n = 0; n < maxPasses; n++) {
            last = pass.run();
            if (finished.test(last) || stopRequested.getAsBoolean() || n + 1 == maxPasses) {
                return last;
            }
            Duration wait;
            if (last.needsBackoff()) {
                if (last.progressed()) {
                    backoff.reset();
                }
                wait = backoff.next(last.retryAfter());
                LOG.info("next pass in {} ms (failure {} in a row)", wait.toMillis(), backoff.failures());
            } else {
                backoff.reset();
                wait = interval;
            }
            sleeper.sleep(wait);
            if (stopRequested.getAsBoolean()) {
                return last;
            }
        }
        return last;
    }

    /** Runs passes until a stop is requested. */
    public void runForever() throws InterruptedException {
        runUntil(result -> false, Long.MAX_VALUE);
    }
}
