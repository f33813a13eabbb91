package org.madang.sync.agent.pass;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.madang.sync.agent.retry.Sleeper;

/**
 * The daemon's stop request (SIGTERM): the loop checks it between requests, and its sleeps end
 * as soon as it is raised, so a stop waits at most for the request in flight.
 */
public final class StopSignal implements BooleanSupplier, Sleeper {

    private final CountDownLatch raised = new CountDownLatch(1);

    /** Asks the loop to stop. */
    public void raise() {
        raised.countDown();
    }

    @Override
    public boolean getAsBoolean() {
        return raised.getCount() == 0;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        raised.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    }
}
