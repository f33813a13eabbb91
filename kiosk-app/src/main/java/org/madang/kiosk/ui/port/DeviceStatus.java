package org.madang.kiosk.ui.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.profile.Site;

/**
 * What staff mode shows about the device.
 *
 * @param deviceId the device's name
 * @param site where it stands
 * @param clockTrusted whether the wall clock is believed (records made otherwise are marked)
 * @param journalBytes the journal's size on disk
 * @param recordCount records in the journal
 * @param sync the upload state
 * @param lastSync when the sync agent last finished a pass with nothing waiting and no error, if ever
 * @param waiting records the central has not acknowledged yet
 * @param syncProblem the code of what makes the upload fail (an agent or central code, or the
 *     kiosk's {@code STATE_*}), present when {@code sync} is {@code FAILING}
 */
public record DeviceStatus(String deviceId, Site site, boolean clockTrusted, long journalBytes, long recordCount,
        SyncState sync, Optional<Instant> lastSync, long waiting, Optional<String> syncProblem) {

    public DeviceStatus {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(lastSync, "lastSync");
        Objects.requireNonNull(syncProblem, "syncProblem");
        if (waiting < 0) {
            throw new IllegalArgumentException("waiting must be 0 or more, got " + waiting);
        }
    }
}
