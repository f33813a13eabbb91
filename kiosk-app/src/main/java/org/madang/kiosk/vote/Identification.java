package org.madang.kiosk.vote;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.content.poll.Poll;
import org.madang.device.token.TokenRejection;

/** The outcome of identifying a voter: the polls they may vote in now, or why they may not. */
public sealed interface Identification {

    /**
     * Identified, with at least one poll to vote in.
     *
     * @param who the voter
     * @param polls the open polls this person may vote in now, in the content's order
     */
    record Identified(VoterIdentity who, List<Poll> polls) implements Identification {
        public Identified {
            Objects.requireNonNull(who, "who");
            polls = List.copyOf(polls);
            if (polls.isEmpty()) {
                throw new IllegalArgumentException("an identified voter has at least one poll");
            }
        }
    }

    /**
     * Refused: nothing to vote in for this person here and now.
     *
     * @param token the token's own reason when {@code reason} is {@link VoteRefusal#TOKEN_REJECTED}
     */
    record Refused(VoteRefusal reason, Optional<TokenRejection> token) implements Identification {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(token, "token");
        }

        /** A refusal without a token reason. */
        public static Refused because(VoteRefusal reason) {
            return new Refused(reason, Optional.empty());
        }
    }
}
