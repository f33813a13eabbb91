package org.madang.sync.agent.upload;

import java.util.Objects;
import java.util.Optional;
import org.madang.device.sync.SyncState;

/**
 * What one upload run did.
 *
 * @param requests upload requests answered
 * @param sent records sent (a resent record counts again)
 * @param stored records the central stored anew
 * @param duplicates records the central already had
 * @param ackedSeq the acknowledged position at the end
 * @param blocked the refused record, if the run stopped at one
 * @param stopped whether it stopped early because the agent is shutting down
 */
public record UploadReport(int requests, long sent, long stored, long duplicates, long ackedSeq,
        Optional<SyncState.Blocked> blocked, boolean stopped) {

    public UploadReport {
        Objects.requireNonNull(blocked, "blocked");
    }
}
