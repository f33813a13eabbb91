package org.madang.sync.agent.retry;

import java.time.Duration;

/** Waits; the daemon's wakes early when it is asked to stop, tests' records instead of waiting. */
@FunctionalInterface
public interface Sleeper {

    /** Waits for {@code duration}, or less if woken. */
    void sleep(Duration duration) throws InterruptedException;
}
