package org.madang.device.content.poll;

/** Why a list of choices is not a valid ballot; the kiosk says each in Korean and English. */
public enum BallotProblem {
    /** Nothing chosen, and the poll has no blank ballot. */
    BLANK_NOT_ALLOWED,
    /** Fewer items than the rule's minimum. */
    TOO_FEW,
    /** More items than the rule allows. */
    TOO_MANY,
    /** The chosen items cost more than the budget. */
    OVER_BUDGET,
    /** An id that is not one of the poll's items (only a forged or corrupt ballot has one). */
    UNKNOWN_ITEM,
    /** The same item twice (only a forged or corrupt ballot has one). */
    DUPLICATE_ITEM
}
