package org.madang.sync.agent.notify;

import java.time.Duration;
import java.util.Optional;

/** The notifier when no service manager listens: every call does nothing. */
enum NoServiceNotifier implements ServiceNotifier {
    INSTANCE;

    @Override
    public void ready(String status) {
        // Nobody to tell.
    }

    @Override
    public void watchdog() {
        // Nobody to tell.
    }

    @Override
    public void watchdog(String status) {
        // Nobody to tell.
    }

    @Override
    public void stopping() {
        // Nobody to tell.
    }

    @Override
    public Optional<Duration> watchdogTimeout() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // Nothing open.
    }
}
