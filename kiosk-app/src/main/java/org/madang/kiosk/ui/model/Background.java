package org.madang.kiosk.ui.model;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs slow work (a durable append, a 600,000-iteration PIN check, reading the journal's size) off
 * the UI thread and hands the result back on it. Tests use a same-thread implementation.
 */
public interface Background {

    /**
     * Runs {@code work} off the UI thread, then {@code then} on the UI thread with its result. If
     * {@code work} throws, {@code failed} gets the exception on the UI thread (the work's owner
     * decides what the person sees; it is logged by the implementation).
     */
    <T> void run(Supplier<T> work, Consumer<? super T> then, Consumer<? super RuntimeException> failed);
}
