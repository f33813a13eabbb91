package org.madang.kiosk.vote;

import java.util.List;
import java.util.Optional;

/**
 * The voting rules over the device's journal: who may vote in what, one durable deposit per
 * ballot, turnout, and closing. Every method may wait on disk: call it off the UI thread.
 */
public interface VoteDesk {

    /** A scanned member QR code or voucher QR code. */
    Identification identify(String scanned);

    /** A typed voucher short code ({@code XXXXX-XXXXX}, any case, spaces and dashes ignored). */
    Identification identifyByCode(String typed);

    /** A ballot of {@code pollId} unlocked by staff (card: its {@code sub}; empty: the device PIN). */
    Identification unlock(Optional<String> staffId, String pollId);

    /**
     * Casts a ballot: checks again that {@code who} may vote in the poll now and that the choices
     * are a valid ballot, then makes ONE deposit (poll-book entry plus secret ballot). Returns
     * only after it is durable, or with a refusal and nothing recorded.
     */
    CastOutcome cast(VoterIdentity who, String pollId, List<String> choices);

    /** Every published poll with its phase and turnout. */
    List<PollStatus> polls();

    /**
     * Closes a poll here: releases its ballot box, tallies the journal's ballots, appends the
     * {@code vote.close} record. Closing a closed poll returns its sheet again.
     *
     * @throws NotRecordedException if the journal could not record it (nothing changed)
     * @throws IllegalArgumentException if the poll is unknown
     */
    ClosingSheet close(String pollId, ClosedBy by);

    /** Closes every poll past its closing time that is not closed here yet; returns their sheets. */
    List<ClosingSheet> closeDue();

    /** This device's id, printed on the closing sheet. */
    String deviceId();

    /** K: fewer voters than this at the close make a ballot easier to attribute (decision 0004). */
    int secrecyThreshold();
}
