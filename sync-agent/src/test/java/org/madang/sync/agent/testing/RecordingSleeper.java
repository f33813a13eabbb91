package org.madang.sync.agent.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.madang.sync.agent.retry.Sleeper;

/** Records the waits asked for instead of waiting. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
    }

    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
