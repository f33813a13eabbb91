package org.madang.kiosk.hardware;

/** The status light on the terminal's front. */
public interface StatusLed {

    /** Shows {@code state} until told otherwise. */
    void show(LedState state);
}
