package org.madang.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.profile.PinMap;
import org.madang.device.sync.SyncState;
import org.madang.device.sync.SyncStateFile;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.testing.InMemoryJournal;
import org.madang.journal.testing.TestKeys;
import org.madang.kiosk.hardware.DevicePeripherals;
import org.madang.kiosk.hardware.LedState;
import org.madang.kiosk.hardware.pi4j.Pi4jPeripherals;
import org.madang.kiosk.testing.ManualScheduler;
import org.madang.journal.testing.MutableClock;

/** The LED following the upload, on Pi4J's mock pins, with time moved by hand. */
class SyncLightTest {

    private static final PinMap PINS = new PinMap(17, 27, 22, 18, OptionalInt.empty());
    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

    @TempDir
    Path dataDir;

    private final Context context = Pi4jPeripherals.mockContext();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final DevicePeripherals board = Pi4jPeripherals.open(context, PINS, scheduler, new AtomicLong()::get);
    private final InMemoryJournal journal = new InMemoryJournal(TestKeys.fixedDeviceKey(),
            new MutableClock(NOW).deviceClock(), new SecureRandom(), 10);
    private SyncStateFile stateFile;
    private SyncLight light;

    @BeforeEach
    void start() throws Exception {
        stateFile = SyncStateFile.in(dataDir);
        append(3);
        light = new SyncLight(board.led(), journal, new UploadStatusReader(dataDir, "myeongdong-01"), scheduler,
                SyncLight.PERIOD);
        light.start();
    }

    @AfterEach
    void close() {
        light.close();
        board.close();
    }

    private void append(int records) throws Exception {
        for (int i = 0; i < records; i++) {
            journal.append(RecordDraft.of(RecordKind.DEVICE_EVENT, Map.of("event", "test " + i)));
        }
    }

    private void agentAcked(long seq) throws Exception {
        stateFile.write(SyncState.initial(journal.info().journalId()).withAck(seq, Optional.empty())
                .withSuccess(NOW));
    }

    private void agentFailed(String code) throws Exception {
        SyncState state = stateFile.read().orElseThrow();
        stateFile.write(state.withError(Optional.of(new SyncState.LastError(code, "timed out", NOW.plusSeconds(60)))));
    }

    private boolean high(String id) {
        return context.registry().get(id, DigitalOutput.class).state() == DigitalState.HIGH;
    }

    /** The lit lamps: G, A, R. */
    private String lit() {
        return (high(Pi4jPeripherals.LED_GREEN) ? "G" : "") + (high(Pi4jPeripherals.LED_AMBER) ? "A" : "")
                + (high(Pi4jPeripherals.LED_RED) ? "R" : "");
    }

    @Test
    void showsAmberAtOnceWhileNothingWasEverUploaded() {
        scheduler.advance(Duration.ZERO);

        assertThat(lit()).isEqualTo("A");
    }

    @Test
    void aSuccessfulUploadTurnsTheLightGreenWithinOnePeriod() throws Exception {
        scheduler.advance(Duration.ZERO);
        agentAcked(3);

        scheduler.advance(SyncLight.PERIOD.minusMillis(1));
        assertThat(lit()).isEqualTo("A");
        scheduler.advance(Duration.ofMillis(1));
        assertThat(lit()).isEqualTo("G");
    }

    @Test
    void aNewRecordTurnsItAmberUntilTheAgentAcknowledgesIt() throws Exception {
        agentAcked(3);
        scheduler.advance(Duration.ZERO);
        assertThat(lit()).isEqualTo("G");

        append(1);
        scheduler.advance(SyncLight.PERIOD);
        assertThat(lit()).isEqualTo("A");

        agentAcked(4);
        scheduler.advance(SyncLight.PERIOD);
        assertThat(lit()).isEqualTo("G");
    }

    @Test
    void aFailingUploadWithRecordsWaitingIsRed() throws Exception {
        agentAcked(2);
        agentFailed("TIMEOUT");

        scheduler.advance(Duration.ZERO);

        assertThat(lit()).isEqualTo("R");
    }

    @Test
    void aDamagedStateFileIsRed() throws Exception {
        Files.createDirectories(stateFile.file().getParent());
        Files.writeString(stateFile.file(), "not json");

        scheduler.advance(Duration.ZERO);

        assertThat(lit()).isEqualTo("R");
    }

    @Test
    void theCheckinCodesAmberShowsAtOnceBetweenPolls() throws Exception {
        agentAcked(3);
        scheduler.advance(Duration.ZERO);

        append(1);
        light.show(LedState.WAITING);

        assertThat(lit()).isEqualTo("A");
    }

    @Test
    void aStorageFaultStaysRedThroughPollsUntilARecordIsKeptAgain() throws Exception {
        agentAcked(3);
        scheduler.advance(Duration.ZERO);

        light.show(LedState.FAULT);
        scheduler.advance(SyncLight.PERIOD.multipliedBy(3));
        assertThat(lit()).isEqualTo("R");

        append(1);
        light.show(LedState.WAITING);
        agentAcked(4);
        scheduler.advance(SyncLight.PERIOD);
        assertThat(lit()).isEqualTo("G");
    }

    @Test
    void closingStopsThePolling() {
        scheduler.advance(Duration.ZERO);
        assertThat(scheduler.pending()).isEqualTo(1);

        light.close();

        assertThat(scheduler.pending()).isZero();
        assertThat(light.refresh()).isEqualTo(LedState.OFF);
    }

    @Test
    void anUnreadableJournalShowsRedAndIsLoggedOnceNotAtEveryPoll() throws Exception {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(SyncLight.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
                new ch.qos.logback.core.read.ListAppender<>();
        log.start();
        logger.addAppender(log);
        org.madang.journal.JournalReader unreadable = new org.madang.journal.JournalReader() {
            private org.madang.journal.JournalException failure() {
                return new org.madang.journal.JournalException(org.madang.journal.JournalException.Failure.IO,
                        dataDir.resolve("journal.db"), "input/output error");
            }

            @Override
            public org.madang.journal.JournalInfo info() throws org.madang.journal.JournalException {
                throw failure();
            }

            @Override
            public long lastSeq() throws org.madang.journal.JournalException {
                throw failure();
            }

            @Override
            public java.util.List<org.madang.journal.JournalRecord> readAfter(long afterSeq, int max)
                    throws org.madang.journal.JournalException {
                throw failure();
            }

            @Override
            public org.madang.journal.JournalStats stats() throws org.madang.journal.JournalException {
                throw failure();
            }

            @Override
            public void close() {
            }
        };
        light.close();
        light = new SyncLight(board.led(), unreadable, new UploadStatusReader(dataDir, "myeongdong-01"), scheduler,
                SyncLight.PERIOD);
        try {
            assertThat(light.refresh()).isEqualTo(LedState.FAULT);
            assertThat(light.refresh()).isEqualTo(LedState.FAULT);
            assertThat(light.refresh()).isEqualTo(LedState.FAULT);

            assertThat(lit()).isEqualTo("R");
            assertThat(log.list).filteredOn(event -> event.getLevel() == ch.qos.logback.classic.Level.ERROR).hasSize(1);
        } finally {
            logger.detachAppender(log);
        }
    }
}
