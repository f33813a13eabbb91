package org.madang.sync.agent.notify;

import java.time.Duration;
import java.util.Optional;

/**
 * Tells the service manager how the agent is doing (systemd's sd_notify protocol): that it is
 * ready, that its loop is still making progress (the watchdog), a status line, that it is stopping.
 * Never throws: a notification that cannot be sent is logged, and the agent carries on (systemd's
 * watchdog is what notices an agent that has stopped making progress).
 */
public interface ServiceNotifier extends AutoCloseable {

    /** The agent has opened its files and is about to start its first pass ({@code READY=1}). */
    void ready(String status);

    /** The loop made progress ({@code WATCHDOG=1}); call it only where it did, never from a timer. */
    void watchdog();

    /**
     * The loop made progress, and this is how things stand ({@code WATCHDOG=1}, {@code STATUS=}; the
     * status alone when no watchdog is set).
     */
    void watchdog(String status);

    /** The agent is shutting down ({@code STOPPING=1}). */
    void stopping();

    /**
     * How long the manager waits for {@link #watchdog()} before it kills the agent, when it watches
     * at all; the loop waits in steps of half of it.
     */
    Optional<Duration> watchdogTimeout();

    @Override
    void close();

    /** Tells nobody: runs by hand, tests, and {@code once}. */
    static ServiceNotifier none() {
        return NoServiceNotifier.INSTANCE;
    }
}
