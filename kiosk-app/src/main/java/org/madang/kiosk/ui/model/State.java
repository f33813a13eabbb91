package org.madang.kiosk.ui.model;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A value a view model exposes and a view renders: plain Java, so view models stay free of JavaFX
 * (see docs/decisions/0008). Not thread-safe by design: read and written on the UI thread only.
 *
 * @param <T> the value's type (immutable values only: a view never mutates what it is shown)
 */
public final class State<T> {

    private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();
    private T value;

    public State(T initial) {
        this.value = Objects.requireNonNull(initial, "initial");
    }

    /** The current value. */
    public T get() {
        return value;
    }

    /** Sets the value and tells every listener, unless it is equal to the current one. */
    public void set(T next) {
        Objects.requireNonNull(next, "next");
        if (next.equals(value)) {
            return;
        }
        value = next;
        for (Consumer<? super T> listener : listeners) {
            listener.accept(next);
        }
    }

    /** Calls {@code listener} now with the current value and after every change. Returns a handle that stops it. */
    public Runnable observe(Consumer<? super T> listener) {
        listeners.add(listener);
        listener.accept(value);
        return () -> listeners.remove(listener);
    }
}
