package org.madang.kiosk.vote;

import java.util.List;
import java.util.Optional;
import org.madang.device.content.poll.Poll;
import org.madang.device.token.Revocations;

/** What voting needs from the device's signed content: the polls, revocations and member pseudonyms. */
public interface VoteContent {

    /** Every poll the content publishes, in its order. */
    List<Poll> polls();

    /** The poll with this id. */
    default Optional<Poll> poll(String id) {
        return polls().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Revoked members, staff and voucher serials (a typed voucher code is checked here too). */
    Revocations revocations();

    /** The member's pseudonym for the poll book (never the member id). */
    String pseudonymOf(String memberId);
}
