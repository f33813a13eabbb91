package org.madang.kiosk.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The upload as staff need it to act: its state, how many records wait, when the last fully
 * successful pass was, and the code of the problem that makes it fail (the agent's messages are
 * English for support, so staff are shown the stable code; see docs/sync-agent.md).
 *
 * @param state where the upload stands
 * @param waiting records in the journal the central has not acknowledged (0 or more)
 * @param lastSuccess when a pass last left nothing waiting with no error, if ever
 * @param problem the code of what is wrong, present exactly when {@code state} is {@code FAILING}
 */
public record UploadStatus(UploadState state, long waiting, Optional<Instant> lastSuccess, Optional<String> problem) {

    /** The state file exists but cannot be parsed. */
    public static final String STATE_CORRUPT = "STATE_CORRUPT";
    /** The state file cannot be read (permissions, I/O). */
    public static final String STATE_UNREADABLE = "STATE_UNREADABLE";
    /** The state file belongs to another journal (the agent refuses to run on it). */
    public static final String STATE_OTHER_JOURNAL = "STATE_OTHER_JOURNAL";

    public UploadStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(problem, "problem");
        if (waiting < 0) {
            throw new IllegalArgumentException("waiting must be 0 or more, got " + waiting);
        }
        if (problem.isPresent() != (state == UploadState.FAILING)) {
            throw new IllegalArgumentException("a problem code goes with FAILING and only with it; got " + state
                    + " with " + problem);
        }
    }
}
