package org.madang.sync.agent.pass;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.sync.SyncState;
import org.madang.device.sync.SyncStateFile;
import org.madang.journal.JournalRecord;
import org.madang.sync.agent.http.HttpOptions;
import org.madang.sync.agent.testing.AgentHarness;
import org.madang.sync.agent.testing.RecordingSleeper;
import org.madang.sync.agent.testing.ScriptedCentral;
import org.madang.sync.agent.testing.TestDevice;
import org.madang.sync.api.wire.ProblemCode;
import org.madang.sync.api.wire.RejectReason;

/** The upload loop against the scripted central, through the real HTTP client. */
class UploadTest {

    @TempDir
    Path dataDir;

    private ScriptedCentral central;
    private TestDevice device;

    @BeforeEach
    void start() throws Exception {
        central = ScriptedCentral.start();
        device = TestDevice.create(dataDir, central.url());
        central.enrol(device.key().publicKey());
    }

    @AfterEach
    void stop() {
        device.close();
        central.close();
    }

    private void assertEveryRecordStoredOnceInOrder() throws Exception {
        long last = device.journal().lastSeq();
        List<JournalRecord> stored = central.stored();
        assertThat(stored).extracting(JournalRecord::seq).containsExactlyElementsOf(
                LongStream.rangeClosed(1, last).boxed().toList());
        // Whole records (body, clock, hashes, signature), not only seq and id.
        assertThat(stored).containsExactlyElementsOf(device.journal().readAfter(0, (int) last));
    }

    private SyncState stateOnDisk() throws Exception {
        return SyncStateFile.in(dataDir).read().orElseThrow();
    }

    @Test
    void acknowledgesExactlyWhatTheCentralStoredAndSavesIt() throws Exception {
        device.append(249);
        try (Agent agent = AgentHarness.open(device, 100)) {
            PassResult result = agent.pass().run();
            assertThat(result.outcome()).isEqualTo(PassResult.Outcome.DONE);
            assertThat(result.waiting()).isZero();
        }
        assertEveryRecordStoredOnceInOrder();
        assertThat(central.uploads()).as("250 records in batches of at most 100").isEqualTo(3);
        SyncState state = stateOnDisk();
        assertThat(state.ackedSeq()).isEqualTo(250);
        assertThat(state.ackedHash()).contains(device.journal().readAfter(249, 1).getFirst().hash().hex());
        assertThat(state.lastSuccessAt()).isPresent();
        assertThat(state.lastError()).isEmpty();
        assertThat(central.heartbeats()).singleElement().satisfies(h -> {
            assertThat(h.recordsWaiting()).isZero();
            assertThat(h.journalRecords()).isEqualTo(250);
        });
    }

    @Test
    void partialStoredThroughIsAcknowledgedAsIsAndTheRestResent() throws Exception {
        device.append(99);
        central.then(new ScriptedCentral.StoreOnly(30));
        try (Agent agent = AgentHarness.open(device, 100)) {
            assertThat(agent.pass().run().outcome()).isEqualTo(PassResult.Outcome.DONE);
        }
        assertEveryRecordStoredOnceInOrder();
        assertThat(central.uploads()).isEqualTo(2);
        assertThat(central.duplicatesSeen()).isZero();
    }

    @Test
    void lowerStoredThroughThanBeforeResendsFromThereWithoutSkipping() throws Exception {
        device.append(199);
        try (Agent agent = AgentHarness.open(device, 50)) {
            assertThat(agent.pass().run().outcome()).isEqualTo(PassResult.Outcome.DONE);
            device.append(50);
            // The central is restored from a backup that ends at record 120.
            central.then(new ScriptedCentral.Forget(120));
            assertThat(agent.pass().run().outcome()).isEqualTo(PassResult.Outcome.DONE);
        }
        assertEveryRecordStoredOnceInOrder();
        assertThat(central.duplicatesSeen()).as("resent from 121, what the restored central lacks; nothing before it")
                .isZero();
        assertThat(stateOnDisk().ackedSeq()).isEqualTo(250);
    }

    @Test
    void everyFailureIsRetriedUntilEveryRecordIsStoredExactlyOnceInOrder() throws Exception {
        device.append(599);
        // The stall lasts until the passes are over, so only the client's response timeout ends it; that
        // timeout is short to keep the test short, yet long enough for the other answers on a loaded machine.
        CountDownLatch stallUntil = new CountDownLatch(1);
        HttpOptions timesOut = new HttpOptions(Duration.ofSeconds(10), Duration.ofSeconds(5));
        central.then(new ScriptedCentral.Fail500(),
                new ScriptedCentral.Unavailable("7"),
                new ScriptedCentral.DropAfterStore(),
                new ScriptedCentral.StallAfterStore(stallUntil, Duration.ofMinutes(2)),
                new ScriptedCentral.GarbledAfterStore(),
                new ScriptedCentral.Refuse(ProblemCode.CLOCK_SKEW),
                new ScriptedCentral.Refuse(ProblemCode.REPLAYED),
                new ScriptedCentral.Unavailable("Wed, 21 Oct 2015 07:28:00 GMT"));
        RecordingSleeper sleeper = new RecordingSleeper();
        PassResult result;
        try (Agent agent = AgentHarness.open(device, 100, timesOut)) {
            result = AgentHarness.untilDone(agent, sleeper);
        } finally {
            stallUntil.countDown();
        }
        assertThat(result.outcome()).isEqualTo(PassResult.Outcome.DONE);
        assertEveryRecordStoredOnceInOrder();
        assertThat(central.duplicatesSeen()).as("answers lost after storing cost resends: at most 3 lost answers × 100")
                .isPositive().isLessThanOrEqualTo(3 * 100);
        assertThat(sleeper.sleeps()).as("one backoff per failed pass; CLOCK_SKEW and REPLAYED retried at once")
                .hasSize(6);
        assertThat(sleeper.sleeps().get(1)).as("Retry-After: 7 is a minimum").isGreaterThanOrEqualTo(Duration.ofSeconds(7));
        assertThat(stateOnDisk().ackedSeq()).isEqualTo(600);
        assertThat(stateOnDisk().lastError()).isEmpty();
    }

    @Test
    void failedPassRecordsTheErrorAndKeepsWhatWasAcknowledged() throws Exception {
        device.append(99);
        try (Agent agent = AgentHarness.open(device, 100)) {
            assertThat(agent.pass().run().outcome()).isEqualTo(PassResult.Outcome.DONE);
            SyncState before = stateOnDisk();
            assertThat(before.ackedSeq()).as("the first pass acknowledged all 100").isEqualTo(100);

            device.append(50);
            central.then(new ScriptedCentral.Fail500(), new ScriptedCentral.Fail500());
            assertThat(agent.pass().run().outcome()).isEqualTo(PassResult.Outcome.UNAVAILABLE);
            assertThat(agent.pass().run().outcome()).isEqualTo(PassResult.Outcome.UNAVAILABLE);

            SyncState state = stateOnDisk();
            assertThat(state.lastError()).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("SERVER_ERROR"));
            assertThat(state.ackedSeq()).isEqualTo(100);
            assertThat(state.ackedHash()).isEqualTo(before.ackedHash())
                    .contains(device.journal().readAfter(99, 1).getFirst().hash().hex());
            assertThat(state.lastAttemptAt()).isPresent();
        }
        assertThat(central.stored()).hasSize(100);
    }

    @Test
    void refusedRecordBlocksTheUploadWithoutSkippingAnything() throws Exception {
        device.append(99);
        central.reject(42, RejectReason.BAD_SIGNATURE);
        try (Agent agent = AgentHarness.open(device, 30)) {
            PassResult result = agent.pass().run();
            assertThat(result.outcome()).isEqualTo(PassResult.Outcome.BLOCKED);
            assertThat(result.waiting()).isEqualTo(59);
            SyncState state = stateOnDisk();
            assertThat(state.ackedSeq()).isEqualTo(41);
            assertThat(state.blocked()).contains(new SyncState.Blocked(42, "BAD_SIGNATURE", "scripted rejection"));
            assertThat(state.lastError()).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("RECORDS_REFUSED"));
            assertThat(central.stored()).hasSize(41);

            // Once the central accepts it, the upload goes on from exactly there.
            central.stopRejecting();
            assertThat(agent.pass().run().outcome()).isEqualTo(PassResult.Outcome.DONE);
        }
        assertEveryRecordStoredOnceInOrder();
        assertThat(stateOnDisk().blocked()).isEmpty();
    }

    @Test
    void conflictIsReportedAsBlockedToo() throws Exception {
        device.append(9);
        central.reject(5, RejectReason.CONFLICT);
        try (Agent agent = AgentHarness.open(device, 100)) {
            assertThat(agent.pass().run().outcome()).isEqualTo(PassResult.Outcome.BLOCKED);
        }
        assertThat(stateOnDisk().blocked()).hasValueSatisfying(b -> assertThat(b.reason()).isEqualTo("CONFLICT"));
        assertThat(stateOnDisk().ackedSeq()).isEqualTo(4);
    }

    @Test
    void notEnrolledDeviceIsRefusedWithAStaffMessage() throws Exception {
        device.append(9);
        try (ScriptedCentral other = ScriptedCentral.start();
                TestDevice stranger = TestDevice.create(dataDir.resolve("other"), other.url())) {
            stranger.append(3);
            try (Agent agent = AgentHarness.open(stranger, 100)) {
                PassResult result = agent.pass().run();
                assertThat(result.outcome()).isEqualTo(PassResult.Outcome.REFUSED);
                assertThat(result.problem()).hasValueSatisfying(text -> {
                    assertThat(text.bilingual().getFirst()).startsWith("중앙 서버가 거부함: 등록되지 않은 단말");
                    assertThat(text.english()).startsWith("central refused: device not enrolled");
                });
            }
        }
    }

    @Test
    void secondRunAfterAKillResendsOnlyDuplicates() throws Exception {
        device.append(99);
        try (Agent agent = AgentHarness.open(device, 100)) {
            agent.pass().run();
        }
        // A kill between the central's store and the state write: the state is one answer behind.
        SyncStateFile.in(dataDir).write(stateOnDisk().withAck(40, java.util.Optional.empty()));
        try (Agent agent = AgentHarness.open(device, 100)) {
            assertThat(agent.pass().run().outcome()).isEqualTo(PassResult.Outcome.DONE);
        }
        assertEveryRecordStoredOnceInOrder();
        assertThat(central.duplicatesSeen()).isEqualTo(60);
    }
}
