package org.madang.kiosk.sync;

import java.util.Optional;
import org.madang.device.sync.SyncState;

/**
 * The rules that turn the journal's position and the sync agent's state into an {@link UploadStatus}.
 * One place, so the staff screen and the status LED never disagree.
 */
public final class UploadRules {

    private UploadRules() {
    }

    /**
     * The status of a journal whose newest record is {@code lastSeq}, given the agent's state file.
     *
     * <ul>
     *   <li>no state file: NOT_SYNCED_YET (every record waits);</li>
     *   <li>a file of another journal: FAILING (the agent refuses to run on it);</li>
     *   <li>{@code ackedSeq >= lastSeq}: SYNCED, whatever else the file says (the light promises that
     *       the records are safe at the central, and they are);</li>
     *   <li>a refused record ({@code blocked}), or an error newer than the last success: FAILING;</li>
     *   <li>otherwise WAITING.</li>
     * </ul>
     */
    public static UploadStatus derive(Optional<SyncState> file, String journalId, long lastSeq) {
        if (file.isEmpty()) {
            return new UploadStatus(UploadState.NOT_SYNCED_YET, lastSeq, Optional.empty(), Optional.empty());
        }
        SyncState state = file.get();
        if (!state.journalId().equals(journalId)) {
            return failing(lastSeq, UploadStatus.STATE_OTHER_JOURNAL);
        }
        long waiting = Math.max(0, lastSeq - state.ackedSeq());
        if (waiting == 0) {
            return new UploadStatus(UploadState.SYNCED, 0, state.lastSuccessAt(), Optional.empty());
        }
        if (state.blocked().isPresent()) {
            return new UploadStatus(UploadState.FAILING, waiting, state.lastSuccessAt(),
                    Optional.of(state.blocked().get().reason()));
        }
        Optional<String> currentError = state.lastError()
                .filter(error -> state.lastSuccessAt().map(success -> error.at().isAfter(success)).orElse(true))
                .map(SyncState.LastError::code);
        if (currentError.isPresent()) {
            return new UploadStatus(UploadState.FAILING, waiting, state.lastSuccessAt(), currentError);
        }
        return new UploadStatus(UploadState.WAITING, waiting, state.lastSuccessAt(), Optional.empty());
    }

    /** The status when the state file cannot be believed: FAILING with {@code problem}, every record waiting. */
    public static UploadStatus failing(long lastSeq, String problem) {
        return new UploadStatus(UploadState.FAILING, lastSeq, Optional.empty(), Optional.of(problem));
    }
}
