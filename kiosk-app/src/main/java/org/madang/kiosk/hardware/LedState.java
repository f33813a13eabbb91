package org.madang.kiosk.hardware;

/** What the status LED shows. Never the only signal: the screen and the buzzer say the same. */
public enum LedState {
    /** Everything recorded has reached the central. */
    SYNCED,
    /** Records are waiting to be uploaded. */
    WAITING,
    /** Something needs staff (storage, configuration). */
    FAULT,
    /** Off. */
    OFF
}
