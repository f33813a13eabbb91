package org.madang.journal.clock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Trusts the wall clock when the operating system says it is synchronised and it is not before
 * a floor no correct clock can be behind (the software's build time).
 *
 * <p>systemd-timesyncd touches {@code /run/systemd/timesync/synchronized} once it has synchronised
 * since boot; chrony and ntpd users can point {@code syncMarkers} at their own marker. The sync
 * agent's estimate of the offset to the central is the stronger signal and arrives with that
 * module.
 */
public final class SystemWallClockTrust implements WallClockTrust {

    /** The marker systemd-timesyncd maintains. */
    public static final Path TIMESYNCD_MARKER = Path.of("/run/systemd/timesync/synchronized");

    // No correct clock reads earlier than this: the journal format's creation.
    private static final Instant FLOOR = Instant.parse("2026-11-01T00:00:00Z");

    private final List<Path> syncMarkers;

    public SystemWallClockTrust(List<Path> syncMarkers) {
        this.syncMarkers = List.copyOf(syncMarkers);
    }

    /** Trust as systemd-timesyncd reports it. */
    public static SystemWallClockTrust timesyncd() {
        return new SystemWallClockTrust(List.of(TIMESYNCD_MARKER));
    }

    @Override
    public boolean trusts(Instant now) {
        if (now.isBefore(FLOOR)) {
            return false;
        }
        for (Path marker : syncMarkers) {
            if (Files.exists(marker)) {
                return true;
            }
        }
        return false;
    }
}
