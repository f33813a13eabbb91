package org.madang.kiosk.ui.model.survey;

/** The pages of the survey screen, in the order a respondent meets them. */
public enum SurveyStep {
    /** Several surveys are open: pick one. */
    LIST,
    /** The survey's title and what it is for. */
    INTRO,
    /** 개인정보 수집·이용 동의: what is collected, why, how long. */
    CONSENT,
    /** The consent was declined: a polite goodbye; nothing is kept. */
    DECLINED,
    /** One question. */
    QUESTION,
    /** Every question behind: submit (with or without points). */
    SUMMARY,
    /** Waiting for the member QR that claims the points (or identifies the response). */
    SCAN,
    /** The response is being recorded. */
    WORKING,
    /** Recorded. */
    RECORDED,
    /** This member already claimed the points: submit without them, or stop. */
    ALREADY_CLAIMED,
    /** Not recorded (closed survey, journal failure): say so. */
    FAILED
}
