package org.madang.kiosk.hardware;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Plays {@link BuzzerScript}s on one output pin, timed by a scheduler so that {@link #play}
 * never blocks the caller (the check-in path) and tests drive time by hand.
 */
public final class ScheduledBuzzer implements Buzzer {

    private final DigitalLine line;
    private final ScheduledExecutorService scheduler;
    // Guarded by this: bumped by every play, so steps of a cut pattern do nothing.
    private long generation;
    private ScheduledFuture<?> next;

    public ScheduledBuzzer(DigitalLine line, ScheduledExecutorService scheduler) {
        this.line = Objects.requireNonNull(line, "line");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    public synchronized void play(BuzzerPattern pattern) {
        generation++;
        if (next != null) {
            next.cancel(false);
            next = null;
        }
        step(generation, BuzzerScript.of(pattern), 0);
    }

    private synchronized void step(long playing, List<BuzzerScript.Step> steps, int index) {
        if (playing != generation) {
            return;
        }
        if (index == steps.size()) {
            line.set(false);
            next = null;
            return;
        }
        BuzzerScript.Step step = steps.get(index);
        line.set(step.on());
        next = scheduler.schedule(() -> step(playing, steps, index + 1), step.length().toNanos(), TimeUnit.NANOSECONDS);
    }
}
