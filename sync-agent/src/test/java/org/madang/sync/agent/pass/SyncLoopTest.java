package org.madang.sync.agent.pass;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.madang.sync.agent.retry.Backoff;
import org.madang.sync.agent.testing.RecordingSleeper;

class SyncLoopTest {

    /** Always draws the top of the jitter range, so the waits show the backoff's bound. */
    private static final RandomGenerator TOP = new RandomGenerator() {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    private static PassResult unavailable(boolean progressed) {
        return new PassResult(PassResult.Outcome.UNAVAILABLE, Optional.empty(), 10, Optional.empty(), Optional.empty(),
                Duration.ZERO, progressed);
    }

    @Test
    void failuresWithoutProgressWaitLongerAndLonger() throws InterruptedException {
        RecordingSleeper sleeper = new RecordingSleeper();
        SyncLoop loop = new SyncLoop(() -> unavailable(false), new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), TOP),
                sleeper, Duration.ofSeconds(30), () -> false);

        loop.runUntil(result -> false, 5);

        assertThat(sleeper.sleeps()).hasSize(4);
        assertThat(sleeper.sleeps().get(3)).isGreaterThan(sleeper.sleeps().get(0).multipliedBy(4));
    }

    @Test
    void aFailedPassThatGotRecordsAcknowledgedStartsTheBackoffAgain() throws InterruptedException {
        RecordingSleeper sleeper = new RecordingSleeper();
        SyncLoop loop = new SyncLoop(() -> unavailable(true), new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), TOP),
                sleeper, Duration.ofSeconds(30), () -> false);

        loop.runUntil(result -> false, 5);

        assertThat(sleeper.sleeps()).hasSize(4).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(2)));
    }
}
