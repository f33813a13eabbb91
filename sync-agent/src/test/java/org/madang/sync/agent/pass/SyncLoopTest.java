package org.madang.sync.agent.pass;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.sync.agent.retry.Backoff;
import org.madang.sync.agent.testing.RecordingNotifier;
import org.madang.sync.agent.testing.RecordingSleeper;
import org.madang.sync.agent.text.Text;

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

    private static final Duration WATCHDOG = Duration.ofMinutes(10);

    /** Runs the loop on a thread of its own, so a test can look at it while a pass hangs. */
    private final ExecutorService loopThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopLoopThread() {
        loopThread.shutdownNow();
    }

    private static PassResult done(long waiting) {
        return new PassResult(PassResult.Outcome.DONE, Optional.empty(), waiting, Optional.empty(), Optional.empty(),
                Duration.ZERO, false);
    }

    private static PassResult unavailable(Duration retryAfter) {
        return new PassResult(PassResult.Outcome.UNAVAILABLE, Optional.empty(), 1234,
                Optional.of(Text.of("unavailable.NETWORK", "Connection refused")), Optional.of(retryAfter), Duration.ZERO, false);
    }

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

    @Test
    void saysReadyBeforeTheFirstPassAndPingsAfterEachPassAndWait() throws InterruptedException {
        RecordingNotifier systemd = new RecordingNotifier(Optional.of(WATCHDOG));
        List<String> seenByPasses = Collections.synchronizedList(new ArrayList<>());
        List<Duration> waits = new ArrayList<>();
        SyncLoop loop = new SyncLoop(() -> {
            seenByPasses.add(String.join("|", systemd.events()));
            return done(0);
        }, Backoff.standard(TOP), systemd.sleeper(waits), Duration.ofSeconds(30), () -> false, systemd);

        loop.runUntil(result -> false, 2);

        assertThat(seenByPasses.get(0)).isEqualTo("READY starting the first pass");
        assertThat(systemd.events()).containsExactly(
                "READY starting the first pass",
                "WATCHDOG 0 record(s) waiting; last pass DONE; next pass in 30 s",
                "WATCHDOG",
                "WATCHDOG 0 record(s) waiting; last pass DONE");
        assertThat(waits).containsExactly(Duration.ofSeconds(30));
        assertThat(systemd.watchdogFired()).isFalse();
    }

    @Test
    void aHungPassStopsThePingsSoTheWatchdogFires() throws Exception {
        RecordingNotifier systemd = new RecordingNotifier(Optional.of(WATCHDOG));
        CountDownLatch hung = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger passes = new AtomicInteger();
        SyncLoop loop = new SyncLoop(() -> {
            if (passes.incrementAndGet() == 2) {
                // An HTTP call or a journal read that does not come back.
                hung.countDown();
                release.await();
            }
            return done(0);
        }, Backoff.standard(TOP), systemd.sleeper(new ArrayList<>()), Duration.ofSeconds(30), () -> false, systemd);

        Future<PassResult> running = loopThread.submit(() -> loop.runUntil(result -> false, 3));
        assertThat(hung.await(30, TimeUnit.SECONDS)).isTrue();
        List<String> beforeTheHang = systemd.events();
        // The first pass and its wait kept the watchdog fed; nine minutes into the hang it still holds.
        systemd.advance(Duration.ofMinutes(9));
        assertThat(systemd.watchdogFired()).isFalse();
        systemd.advance(Duration.ofMinutes(2));

        assertThat(systemd.watchdogFired()).as("no ping for 11 minutes while the pass hung").isTrue();
        assertThat(systemd.events()).isEqualTo(beforeTheHang).last().isEqualTo("WATCHDOG");
        release.countDown();
        running.get(30, TimeUnit.SECONDS);
        assertThat(systemd.events()).hasSizeGreaterThan(beforeTheHang.size());
    }

    @Test
    void aLongRetryAfterIsWaitedInStepsOfHalfTheWatchdogEachFollowedByAPing() throws InterruptedException {
        RecordingNotifier systemd = new RecordingNotifier(Optional.of(WATCHDOG));
        List<Duration> waits = new ArrayList<>();
        SyncLoop loop = new SyncLoop(() -> unavailable(Duration.ofMinutes(60)), Backoff.standard(TOP),
                systemd.sleeper(waits), Duration.ofSeconds(30), () -> false, systemd);

        loop.runUntil(result -> false, 2);

        assertThat(waits).hasSize(12).allSatisfy(wait -> assertThat(wait).isEqualTo(Duration.ofMinutes(5)));
        assertThat(systemd.events()).filteredOn("WATCHDOG"::equals).hasSize(12);
        assertThat(systemd.events().get(1)).isEqualTo("WATCHDOG 1234 record(s) waiting; last pass UNAVAILABLE; next pass in "
                + "60 min, failure 1 in a row; the central cannot be reached (network); the agent retries with backoff. "
                + "(Connection refused)");
        assertThat(systemd.watchdogFired()).as("an hour's wait is not a hang").isFalse();
    }

    @Test
    void withoutAWatchdogAWaitIsOneSleep() throws InterruptedException {
        RecordingNotifier manager = new RecordingNotifier(Optional.empty());
        List<Duration> waits = new ArrayList<>();
        SyncLoop loop = new SyncLoop(() -> unavailable(Duration.ofMinutes(60)), Backoff.standard(TOP),
                manager.sleeper(waits), Duration.ofSeconds(30), () -> false, manager);

        loop.runUntil(result -> false, 2);

        assertThat(waits).containsExactly(Duration.ofMinutes(60));
    }

    @Test
    void aStopDuringAWaitEndsItWithoutAnotherPing() throws InterruptedException {
        RecordingNotifier systemd = new RecordingNotifier(Optional.of(WATCHDOG));
        AtomicBoolean stop = new AtomicBoolean();
        List<Duration> waits = new ArrayList<>();
        SyncLoop loop = new SyncLoop(() -> unavailable(Duration.ofMinutes(60)), Backoff.standard(TOP), duration -> {
            waits.add(duration);
            stop.set(waits.size() == 3);
        }, Duration.ofSeconds(30), stop::get, systemd);

        loop.runUntil(result -> false, 5);

        assertThat(waits).hasSize(3);
        assertThat(systemd.events()).filteredOn("WATCHDOG"::equals).hasSize(2);
    }
}
