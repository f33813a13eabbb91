package org.madang.kiosk.ui.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.Language;
import org.madang.device.profile.PeripheralProvider;
import org.madang.device.profile.Peripherals;
import org.madang.device.profile.Role;
import org.madang.device.profile.Site;
import org.madang.device.sync.SyncStateFile;
import org.madang.journal.JournalOptions;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.sqlite.SqliteJournal;
import org.madang.journal.testing.FakeDeviceClock;
import org.madang.journal.testing.TestKeys;
import org.madang.kiosk.ui.port.DeviceStatus;
import org.madang.kiosk.ui.port.SyncState;
import org.madang.kiosk.ui.testing.Fixtures;

class JournalDeviceStatusTest {

    @TempDir
    Path dir;

    private DeviceProfile profile() {
        return new DeviceProfile(1, "myeongdong-01", new Site("1114055000", "명동"), List.of(Role.CHECKIN),
                List.of(Language.KO, Language.EN), URI.create("https://central.example/"), List.of(), dir,
                Peripherals.none(), Optional.empty());
    }

    /** Writes a journal of two records; returns its id. */
    private String twoRecords() throws Exception {
        try (SqliteJournal journal = SqliteJournal.open(new JournalOptions(dir.resolve("journal.db"),
                TestKeys.deviceKey(), FakeDeviceClock.standard(), new SecureRandom(), 10, "ui test"))) {
            journal.append(RecordDraft.of(RecordKind.DEVICE_EVENT, Map.of("event", "one")));
            journal.append(RecordDraft.of(RecordKind.DEVICE_EVENT, Map.of("event", "two")));
            return journal.info().journalId();
        }
    }

    private DeviceStatus status() {
        return new JournalDeviceStatus(profile(), Clock.fixed(Fixtures.NOW, ZoneOffset.UTC), now -> true).status();
    }

    @Test
    void reportsTheJournalsRecordsAndTheClockTrust() throws Exception {
        twoRecords();
        DeviceStatus status = status();
        assertThat(status.deviceId()).isEqualTo("myeongdong-01");
        assertThat(status.recordCount()).isEqualTo(2);
        assertThat(status.journalBytes()).isPositive();
        assertThat(status.clockTrusted()).isTrue();
        assertThat(status.sync()).isEqualTo(SyncState.NOT_SYNCED_YET);
        assertThat(status.waiting()).isEqualTo(2);
        assertThat(status.lastSync()).isEmpty();
    }

    @Test
    void everyRecordAcknowledgedIsSyncedWithTheAgentsLastSuccess() throws Exception {
        String journalId = twoRecords();
        Instant success = Fixtures.NOW.minusSeconds(120);
        SyncStateFile.in(dir).write(org.madang.device.sync.SyncState.initial(journalId)
                .withAck(2, Optional.empty()).withSuccess(success));

        DeviceStatus status = status();

        assertThat(status.sync()).isEqualTo(SyncState.SYNCED);
        assertThat(status.waiting()).isZero();
        assertThat(status.lastSync()).contains(success);
        assertThat(status.syncProblem()).isEmpty();
    }

    @Test
    void aFailingUploadGivesStaffTheWaitingCountAndTheErrorCode() throws Exception {
        String journalId = twoRecords();
        SyncStateFile.in(dir).write(org.madang.device.sync.SyncState.initial(journalId)
                .withAck(1, Optional.empty()).withError(Optional.of(new org.madang.device.sync.SyncState.LastError(
                        "NETWORK", "connection refused", Fixtures.NOW))));

        DeviceStatus status = status();

        assertThat(status.sync()).isEqualTo(SyncState.FAILING);
        assertThat(status.waiting()).isEqualTo(1);
        assertThat(status.syncProblem()).contains("NETWORK");
    }

    @Test
    void aDamagedStateFileIsFailingNotAnUnreadableStatus() throws Exception {
        twoRecords();
        Files.createDirectories(SyncStateFile.in(dir).file().getParent());
        Files.writeString(SyncStateFile.in(dir).file(), "[]");

        DeviceStatus status = status();

        assertThat(status.sync()).isEqualTo(SyncState.FAILING);
        assertThat(status.syncProblem()).contains("STATE_CORRUPT");
    }

    @Test
    void aMissingJournalIsAFaultNotAnEmptyJournal() {
        JournalDeviceStatus source = new JournalDeviceStatus(profile(), Clock.fixed(Fixtures.NOW, ZoneOffset.UTC),
                now -> false);
        assertThatThrownBy(source::status).isInstanceOf(IllegalStateException.class).hasMessageContaining("journal.db");
    }
}
