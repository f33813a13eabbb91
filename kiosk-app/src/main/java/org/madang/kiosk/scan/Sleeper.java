package org.madang.kiosk.scan;

import java.time.Duration;

/** Waits; injected so that tests of backoff never sleep. */
@FunctionalInterface
public interface Sleeper {

    /** Blocks for {@code duration}; the real one is {@code Thread.sleep}. */
    void sleep(Duration duration) throws InterruptedException;

    /** The real clock's sleep. */
    static Sleeper system() {
        return Thread::sleep;
    }
}
