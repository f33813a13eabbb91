package org.madang.sync.agent.testing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.madang.sync.agent.device.AgentFiles;
import org.madang.sync.agent.http.HttpOptions;
import org.madang.sync.agent.pass.Agent;
import org.madang.sync.agent.pass.PassResult;
import org.madang.sync.agent.pass.SyncLoop;
import org.madang.sync.agent.retry.Backoff;

/** Opens the real agent (HttpClient 5 included) on a test device, with short timeouts and no real sleeping. */
public final class AgentHarness {

    /** Short enough for a stall test, long enough for a loaded CI machine's normal answers. */
    public static final HttpOptions FAST = new HttpOptions(Duration.ofSeconds(2), Duration.ofMillis(1500));

    private AgentHarness() {
    }

    public static Agent open(TestDevice device, int maxBatchRecords) throws Exception {
        return Agent.open(AgentFiles.at(device.dataDir()), FAST, maxBatchRecords, Clock.systemUTC(), new SecureRandom(),
                () -> false);
    }

    /** Passes until one leaves nothing waiting (or 50 passes), backing off into {@code sleeper}. */
    public static PassResult untilDone(Agent agent, RecordingSleeper sleeper) throws InterruptedException {
        SyncLoop loop = new SyncLoop(agent.pass()::run, Backoff.standard(new SecureRandom()), sleeper,
                Duration.ofSeconds(30), () -> false);
        return loop.runUntil(result -> result.outcome() == PassResult.Outcome.DONE
                || result.outcome() == PassResult.Outcome.BLOCKED, 50);
    }
}
