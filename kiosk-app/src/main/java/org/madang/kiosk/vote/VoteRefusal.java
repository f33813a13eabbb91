package org.madang.kiosk.vote;

/** Why a person may not vote (now, here, in this poll); each has a kind sentence in the kiosk's bundles. */
public enum VoteRefusal {
    /** The scanned code is not a valid member code or voucher; the token's own reason says more. */
    TOKEN_REJECTED,
    /** The typed voucher code is mistyped (wrong length, letter or check character). */
    CODE_MISTYPED,
    /** The typed voucher code is well formed but belongs to no voucher of an open poll here. */
    CODE_UNKNOWN,
    /** The voucher has been revoked by the central. */
    VOUCHER_REVOKED,
    /** The voucher is for a poll this terminal does not hold or another poll than the one chosen. */
    VOUCHER_OTHER_POLL,
    /** This person (or voucher) has already voted in the poll on this terminal. */
    ALREADY_VOTED,
    /** The person lives in a dong the poll is not for. */
    NOT_ELIGIBLE_DONG,
    /** The person is younger than the poll's minimum age. */
    TOO_YOUNG,
    /** The poll has not opened yet. */
    NOT_OPEN_YET,
    /** The poll has closed. */
    CLOSED,
    /** The poll does not take this way of identifying (e.g. member codes only). */
    METHOD_NOT_ALLOWED,
    /** No poll is published on this terminal. */
    NO_POLL,
    /** The ballot is not valid for the poll's rule (only a bypassed screen gets here). */
    INVALID_BALLOT,
    /** The journal could not record it: nothing was recorded, the person may try again. */
    NOT_RECORDED
}
