package org.madang.kiosk.ui.model.vote;

import java.util.Locale;
import org.madang.device.content.poll.BallotProblem;
import org.madang.kiosk.ui.model.Message;
import org.madang.kiosk.vote.Identification;
import org.madang.kiosk.vote.VoteRefusal;

/** The sentences of refusals and ballot notices (bundle keys under {@code vote.}). */
public final class VoteMessages {

    private VoteMessages() {
    }

    /** Why this person cannot vote, kindly. */
    public static Message refusal(VoteRefusal reason) {
        return Message.of("vote.refused." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** A refused identification; a refused token says the token's own reason. */
    public static Message refusal(Identification.Refused refused) {
        if (refused.reason() == VoteRefusal.TOKEN_REJECTED && refused.token().isPresent()) {
            return Message.of("vote.refused.token." + refused.token().get().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'));
        }
        return refusal(refused.reason());
    }

    /** Why the last tap changed nothing, or what is still missing. */
    public static Message problem(BallotProblem problem) {
        return Message.of("vote.problem." + problem.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
