package org.madang.sync.agent.pass;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.madang.sync.agent.notify.ServiceNotifier;
import org.madang.sync.agent.retry.Backoff;
import org.madang.sync.agent.retry.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs passes: after a pass that could not reach or use the central it waits the backoff (at
 * least the central's Retry-After), after any other the interval. Retry is data: the backoff
 * counts failures in a row without progress; a success, or a pass that got records acknowledged
 * before it failed, resets it.
 *
 * <p>It tells the service manager it is ready before the first pass, and pings the watchdog only
 * where it made progress: after each pass, and after each step of a wait (at most half the
 * watchdog's timeout, so a long Retry-After does not look like a hang). A pass that hangs (an
 * HTTP call or a journal read that never returns) stops the pings, and systemd restarts the agent.
 */
public final class SyncLoop {

    private static final Logger LOG = LoggerFactory.getLogger(SyncLoop.class);
    /** The shortest step of a wait, whatever the watchdog: a step of 0 ms would spin. */
    private static final Duration MIN_STEP = Duration.ofMillis(100);

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
    private final ServiceNotifier notifier;

    /** A loop of {@code pass} that tells no service manager. */
    public SyncLoop(Pass pass, Backoff backoff, Sleeper sleeper, Duration interval, BooleanSupplier stopRequested) {
        this(pass, backoff, sleeper, interval, stopRequested, ServiceNotifier.none());
    }

    /** A loop of {@code pass} that reports readiness, progress and its status to {@code notifier}. */
    public SyncLoop(Pass pass, Backoff backoff, Sleeper sleeper, Duration interval, BooleanSupplier stopRequested,
            ServiceNotifier notifier) {
        this.pass = Objects.requireNonNull(pass, "pass");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.stopRequested = Objects.requireNonNull(stopRequested, "stopRequested");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
    }

    /**
     * Runs passes until one satisfies {@code finished}, {@code maxPasses} have run, or a stop is
     * requested; returns the last pass's result.
     */
    public PassResult runUntil(Predicate<PassResult> finished, long maxPasses) throws InterruptedException {
        notifier.ready("starting the first pass");
        PassResult last = null;
        for (long n = 0; n < maxPasses; n++) {
            last = pass.run();
            if (finished.test(last) || stopRequested.getAsBoolean() || n + 1 == maxPasses) {
                notifier.watchdog(status(last, Optional.empty(), 0));
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
            notifier.watchdog(status(last, Optional.of(wait), backoff.failures()));
            if (!await(wait)) {
                return last;
            }
        }
        return last;
    }

    /** Waits in steps of at most half the watchdog's timeout, pinging after each; false if a stop was requested. */
    private boolean await(Duration wait) throws InterruptedException {
        Optional<Duration> step = notifier.watchdogTimeout().map(timeout -> max(timeout.dividedBy(2), MIN_STEP));
        Duration left = wait;
        do {
            Duration slice = step.isPresent() && step.get().compareTo(left) < 0 ? step.get() : left;
            sleeper.sleep(slice);
            left = left.minus(slice);
            if (stopRequested.getAsBoolean()) {
                return false;
            }
            notifier.watchdog();
        } while (left.isPositive());
        return true;
    }

    /**
     * The short English line {@code systemctl status} shows: what is waiting, the last pass, what comes
     * next, then the problem (last, as the notifier cuts long lines).
     */
    static String status(PassResult last, Optional<Duration> wait, int failures) {
        StringBuilder line = new StringBuilder(last.waiting() < 0 ? "records waiting unknown" : last.waiting() + " record(s) waiting");
        line.append("; last pass ").append(last.outcome());
        wait.ifPresent(duration -> {
            line.append("; next pass in ").append(readable(duration));
            if (failures > 0) {
                line.append(", failure ").append(failures).append(" in a row");
            }
        });
        last.problem().ifPresent(problem -> line.append("; ").append(problem.english()));
        return line.toString();
    }

    private static String readable(Duration duration) {
        long seconds = (duration.toMillis() + 999) / 1000;
        return seconds < 120 ? seconds + " s" : seconds < 7200 ? (seconds + 30) / 60 + " min" : (seconds + 1800) / 3600 + " h";
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Runs passes until a stop is requested. */
    public void runForever() throws InterruptedException {
        runUntil(result -> false, Long.MAX_VALUE);
    }
}
