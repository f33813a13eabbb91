package org.madang.kiosk.ui.model;

/** The screens of the kiosk. */
public enum Screen {
    /** The welcome screen a passer-by sees. */
    ATTRACT,
    /** Waiting for a member QR code, then showing the outcome. */
    CHECKIN,
    /** The staff PIN pad. */
    STAFF_PIN,
    /** Staff mode: device status and the active event. */
    STAFF,
    /** A survey: list, intro, consent, one question per page, submit. */
    SURVEY,
    /** A resident votes: identify, poll, ballot, review, recorded (ui.model.vote.VoteStep). */
    VOTE,
    /** Staff's voting screen: turnout, unlocking a ballot, closing a poll and its sheet. */
    VOTE_STAFF
}
