package org.madang.kiosk.vote;

import java.util.Objects;
import java.util.Optional;
import org.madang.device.content.poll.Poll;

/**
 * A poll as staff see it on this terminal: whether it takes ballots, and its turnout (never
 * partial results while it is open).
 *
 * @param poll the poll
 * @param phase not open yet, open, or closed (by time or here by staff)
 * @param turnout ballots cast here
 * @param closing the closing sheet, once this terminal closed the poll
 */
public record PollStatus(Poll poll, Phase phase, int turnout, Optional<ClosingSheet> closing) {

    /** Where a poll is in its life on this terminal. */
    public enum Phase {
        /** Before its opening time. */
        NOT_OPEN_YET,
        /** Taking ballots. */
        OPEN,
        /** Past its closing time or closed here; takes no more ballots. */
        CLOSED
    }

    public PollStatus {
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(closing, "closing");
    }
}
