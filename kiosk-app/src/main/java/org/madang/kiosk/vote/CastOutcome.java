package org.madang.kiosk.vote;

import java.util.Objects;

/** What happened to a confirmed ballot. */
public sealed interface CastOutcome {

    /** The ballot is durably in the ballot box and the voter in the poll book. */
    record Recorded(String pollId) implements CastOutcome {
        public Recorded {
            Objects.requireNonNull(pollId, "pollId");
        }
    }

    /** Nothing was recorded. */
    record Refused(VoteRefusal reason) implements CastOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
