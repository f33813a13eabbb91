package org.madang.kiosk.ui.status;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.madang.device.profile.DeviceProfile;
import org.madang.journal.JournalException;
import org.madang.journal.JournalInfo;
import org.madang.journal.JournalStats;
import org.madang.journal.clock.WallClockTrust;
import org.madang.journal.sqlite.SqliteJournalReader;
import org.madang.kiosk.sync.UploadState;
import org.madang.kiosk.sync.UploadStatus;
import org.madang.kiosk.sync.UploadStatusReader;
import org.madang.kiosk.ui.port.DeviceStatus;
import org.madang.kiosk.ui.port.DeviceStatusSource;
import org.madang.kiosk.ui.port.SyncState;

/**
 * Staff mode's status from the real device: the profile's identity, the wall-clock trust, the
 * journal's size and record count read through a read-only connection (safe beside the writer),
 * and the upload state from the sync agent's {@code sync/state.json} (by {@link UploadStatusReader},
 * the same rules as the status LED).
 */
public final class JournalDeviceStatus implements DeviceStatusSource {

    /** The journal's file name in the data directory (as device-config creates it). */
    public static final String JOURNAL_FILE = "journal.db";

    private final DeviceProfile profile;
    private final Path journal;
    private final Clock clock;
    private final WallClockTrust trust;
    private final UploadStatusReader uploads;

    public JournalDeviceStatus(DeviceProfile profile, Clock clock, WallClockTrust trust) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.journal = profile.dataDir().resolve(JOURNAL_FILE);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.trust = Objects.requireNonNull(trust, "trust");
        this.uploads = new UploadStatusReader(profile.dataDir(), profile.deviceId());
    }

    /**
     * Reads a fresh snapshot.
     *
     * @throws IllegalStateException if the journal cannot be read (staff mode then says to call support)
     */
    @Override
    public DeviceStatus status() {
        JournalStats stats;
        JournalInfo info;
        try (SqliteJournalReader reader = SqliteJournalReader.open(journal)) {
            stats = reader.stats();
            info = reader.info();
        } catch (JournalException e) {
            throw new IllegalStateException("cannot read the journal's statistics from " + journal, e);
        }
        UploadStatus upload = uploads.read(info.journalId(), stats.lastSeq());
        return new DeviceStatus(profile.deviceId(), profile.site(), trust.trusts(clock.instant()), stats.fileBytes(),
                stats.lastSeq(), shown(upload.state()), upload.lastSuccess(), upload.waiting(),
                upload.problem());
    }

    private static SyncState shown(UploadState state) {
        return switch (state) {
            case NOT_SYNCED_YET -> SyncState.NOT_SYNCED_YET;
            case SYNCED -> SyncState.SYNCED;
            case WAITING -> SyncState.WAITING;
            case FAILING -> SyncState.FAILING;
        };
    }
}
