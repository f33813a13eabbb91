package org.madang.sync.agent.pass;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.madang.sync.agent.text.Text;
import org.madang.sync.agent.upload.UploadReport;

/**
 * What one pass achieved.
 *
 * @param outcome the upload's outcome, which decides the exit code and the wait before the next pass
 * @param upload the upload's counts (empty when the upload did not run)
 * @param waiting records still to send after the pass
 * @param problem what staff should read, if anything went wrong (the upload's failure, else content or heartbeat)
 * @param retryAfter the least wait the central asked for
 * @param took how long the pass took
 * @param progressed whether the central acknowledged more records than before the pass (a pass
 *     that moved forward and then failed starts the backoff again from its shortest wait: on a
 *     network that fails one request in four, the agent must keep making progress, not wait minutes)
 */
public record PassResult(Outcome outcome, Optional<UploadReport> upload, long waiting, Optional<Text> problem,
        Optional<Duration> retryAfter, Duration took, boolean progressed) {

    /** How the upload ended. */
    public enum Outcome {
        /** Nothing is left to send. */
        DONE,
        /** The central refused a record; the upload waits before it. */
        BLOCKED,
        /** The central refused the device (not enrolled, wrong signature…): staff must act. */
        REFUSED,
        /** The central could not be reached or answered 5xx: retry with backoff. */
        UNAVAILABLE,
        /** The device's own files failed (journal, state): retry with backoff, staff should look. */
        LOCAL_FAILURE,
        /** Stopped early because the agent is shutting down. */
        STOPPED
    }

    public PassResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(took, "took");
    }

    /** Whether the next pass should wait the backoff rather than the interval. */
    public boolean needsBackoff() {
        return outcome == Outcome.UNAVAILABLE || outcome == Outcome.LOCAL_FAILURE || outcome == Outcome.REFUSED;
    }
}
