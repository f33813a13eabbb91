package org.madang.kiosk.checkin;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.content.Event;
import org.madang.device.token.TokenRejection;

/** What happened to one scan at the check-in desk. */
public sealed interface CheckinOutcome {

    /**
     * Recorded durably: the points are credited once the central has the record ("적립 예정").
     *
     * @param seq the journal sequence number of the check-in record
     * @param at when it was recorded
     */
    record Accepted(Event event, int points, long seq, Instant at) implements CheckinOutcome {
        public Accepted {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * This member already checked in within the event's limit; nothing new was recorded.
     *
     * @param firstAt when the earlier check-in was recorded (shown as "already checked in at 10:32")
     */
    record Duplicate(Event event, Instant firstAt) implements CheckinOutcome {
        public Duplicate {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(firstAt, "firstAt");
        }
    }

    /**
     * Refused; nothing was recorded.
     *
     * @param tokenReason the token's reason when {@code reason} is {@link CheckinRefusal#TOKEN_REJECTED}
     */
    record Rejected(CheckinRefusal reason, Optional<TokenRejection> tokenReason) implements CheckinOutcome {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(tokenReason, "tokenReason");
        }
    }
}
