package org.madang.kiosk.hardware;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * Turns a button's raw edges into presses: a mechanical contact bounces for a few milliseconds
 * and an impatient finger presses twice, so a press within {@link #DEBOUNCE} of the last accepted
 * one is ignored. Time comes from an injected monotonic source.
 */
public final class DebouncedCallButton implements CallButton {

    /** Presses closer together than this count as one. */
    public static final Duration DEBOUNCE = Duration.ofMillis(300);

    private final LongSupplier monotonicNanos;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    // Guarded by this.
    private boolean pressedBefore;
    private long lastPressNanos;

    public DebouncedCallButton(LongSupplier monotonicNanos) {
        this.monotonicNanos = Objects.requireNonNull(monotonicNanos, "monotonicNanos");
    }

    @Override
    public void onPress(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The input's level changed: {@code pressed} is true while the button is held down. */
    public void edge(boolean pressed) {
        if (!pressed || !accept()) {
            return;
        }
        listeners.forEach(Runnable::run);
    }

    private synchronized boolean accept() {
        long now = monotonicNanos.getAsLong();
        if (pressedBefore && now - lastPressNanos < DEBOUNCE.toNanos()) {
            return false;
        }
        pressedBefore = true;
        lastPressNanos = now;
        return true;
    }
}
