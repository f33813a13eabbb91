package org.madang.kiosk.ui.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.madang.journal.testing.MutableClock;
import org.madang.kiosk.ui.model.UiScheduler;

/** A scheduler and clock moved by hand: {@link #advance} runs every task that falls due, in order. */
public final class ManualScheduler implements UiScheduler {

    private final List<Task> tasks = new ArrayList<>();
    private final MutableClock clock;
    private long order;

    public ManualScheduler(Instant start) {
        this.clock = new MutableClock(start);
    }

    /** The clock this scheduler moves. */
    public Clock clock() {
        return clock;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        Task entry = new Task(clock.instant().plus(delay), order++, task);
        tasks.add(entry);
        return () -> tasks.remove(entry);
    }

    /** Moves time forward by {@code step}, running due tasks at their own times. */
    public void advance(Duration step) {
        Instant end = clock.instant().plus(step);
        while (true) {
            Optional<Task> next = tasks.stream().filter(t -> !t.at.isAfter(end))
                    .min(Comparator.comparing((Task t) -> t.at).thenComparingLong(t -> t.order));
            if (next.isEmpty()) {
                break;
            }
            tasks.remove(next.get());
            clock.set(next.get().at);
            next.get().task.run();
        }
        clock.set(end);
    }

    /** Tasks waiting. */
    public int pending() {
        return tasks.size();
    }

    private record Task(Instant at, long order, Runnable task) {
    }
}
