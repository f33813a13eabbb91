package org.madang.kiosk.ui.status;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.profile.DeviceProfile;
import org.madang.journal.JournalException;
import org.madang.journal.JournalStats;
import org.madang.journal.clock.WallClockTrust;
import org.madang.journal.sqlite.SqliteJournalReader;
import org.madang.kiosk.ui.port.DeviceStatus;
import org.madang.kiosk.ui.port.DeviceStatusSource;
import org.madang.kiosk.ui.port.SyncState;

/**
 * Staff mode's status from the real device: the profile's identity, the wall-clock trust, and the
 * journal's size and record count read through a read-only connection (safe beside the writer).
 * The upload state is "not synced yet" until the sync agent exists and publishes its state.
 */
public final class JournalDeviceStatus implements DeviceStatusSource {

    /** The journal's file name in the data directory (as device-config creates it). */
    public static final String JOURNAL_FILE = "journal.db";

    private final DeviceProfile profile;
    private final Path journal;
    private final Clock clock;
    private final WallClockTrust trust;

    public JournalDeviceStatus(DeviceProfile profile, Clock clock, WallClockTrust trust) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.journal = profile.dataDir().resolve(JOURNAL_FILE);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.trust = Objects.requireNonNull(trust, "trust");
    }

    /**
     * Reads a fresh snapshot.
     *
     * @throws IllegalStateException if the journal cannot be read (staff mode then says to call support)
     */
    @Override
    public DeviceStatus status() {
        JournalStats stats;
        try (SqliteJournalReader reader = SqliteJournalReader.open(journal)) {
            stats = reader.stats();
        } catch (JournalException e) {
            throw new IllegalStateException("cannot read the journal's statistics from " + journal, e);
        }
        return new DeviceStatus(profile.deviceId(), profile.site(), trust.trusts(clock.instant()), stats.fileBytes(),
                stats.lastSeq(), SyncState.NOT_SYNCED_YET, Optional.empty());
    }
}
