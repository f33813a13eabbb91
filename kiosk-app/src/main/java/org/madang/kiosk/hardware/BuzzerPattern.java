package org.madang.kiosk.hardware;

/** Distinct sounds, so a queue of people can hear the result without looking. */
public enum BuzzerPattern {
    /** Accepted: one short beep. */
    SUCCESS,
    /** Already checked in: two short beeps. */
    DUPLICATE,
    /** Refused: one long beep. */
    FAILURE
}
