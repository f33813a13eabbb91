package org.madang.kiosk.checkin;

/** Why a check-in was refused (beyond an invalid token), each with a bundle sentence. */
public enum CheckinRefusal {
    /** The token was refused; the token's own reason says why. */
    TOKEN_REJECTED,
    /** No event is selected or the id is unknown to this device's content. */
    NO_SUCH_EVENT,
    /** The event has not opened yet. */
    EVENT_NOT_STARTED,
    /** The event has closed. */
    EVENT_ENDED,
    /** The event is held at another site than this terminal's. */
    WRONG_SITE,
    /** The journal could not record it (disk full, read-only): nothing was recorded. */
    NOT_RECORDED
}
