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

/** Opens the real agent (HttpClient 5 included) on a test device, with generous timeouts and no real sleeping. */
public final class AgentHarness {

    /**
     * Generous: a cold first request (Jackson, a batch's Ed25519 checks on the in-process central) or a
     * cold TLS handshake on a loaded CI machine must not turn into a timeout. A normal answer comes at
     * once, so this costs nothing; a test that needs a timeout passes its own short options.
     */
    public static final HttpOptions HTTP = new HttpOptions(Duration.ofSeconds(10), Duration.ofSeconds(30));

    private AgentHarness() {
    }

    public static Agent open(TestDevice device, int maxBatchRecords) throws Exception {
        return open(device, maxBatchRecords, HTTP);
    }

    /** With these timeouts, for a test that provokes one. */
    public static Agent open(TestDevice device, int maxBatchRecords, HttpOptions http) throws Exception {
        return Agent.open(AgentFiles.at(device.dataDir()), http, maxBatchRecords, Clock.systemUTC(), new SecureRandom(),
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
