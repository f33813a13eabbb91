package org.madang.sync.agent.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.madang.sync.agent.notify.ServiceNotifier;
import org.madang.sync.agent.retry.Sleeper;

/**
 * Plays systemd for the loop's tests: records each notification, and keeps a watchdog on a test
 * clock that only {@link #advance} moves (its {@link #sleeper()} advances it by each wait), so a
 * test can let time pass while the loop is stuck and ask whether systemd would have killed it.
 */
public final class RecordingNotifier implements ServiceNotifier {

    private final Optional<Duration> timeout;
    private final List<String> events = new ArrayList<>();
    private Duration now = Duration.ZERO;
    private Duration lastPing = Duration.ZERO;
    private boolean fired;

    /** A manager with this watchdog timeout, or none. */
    public RecordingNotifier(Optional<Duration> timeout) {
        this.timeout = timeout;
    }

    @Override
    public synchronized void ready(String status) {
        events.add("READY " + status);
        lastPing = now;
    }

    @Override
    public synchronized void watchdog() {
        events.add("WATCHDOG");
        lastPing = now;
    }

    @Override
    public synchronized void watchdog(String status) {
        events.add("WATCHDOG " + status);
        lastPing = now;
    }

    @Override
    public synchronized void stopping() {
        events.add("STOPPING");
    }

    @Override
    public Optional<Duration> watchdogTimeout() {
        return timeout;
    }

    @Override
    public void close() {
        // Nothing open.
    }

    /** Lets time pass; the watchdog fires if no ping came for longer than its timeout. */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
        if (timeout.isPresent() && now.minus(lastPing).compareTo(timeout.get()) > 0) {
            fired = true;
        }
    }

    /** A sleeper whose waits are this clock's time passing, recorded. */
    public Sleeper sleeper(List<Duration> waits) {
        return duration -> {
            synchronized (waits) {
                waits.add(duration);
            }
            advance(duration);
        };
    }

    /** Whether systemd would have killed the agent by now. */
    public synchronized boolean watchdogFired() {
        return fired;
    }

    /** The notifications so far, in order. */
    public synchronized List<String> events() {
        return List.copyOf(events);
    }
}
