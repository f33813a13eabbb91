package org.madang.kiosk.hardware;

/** The button a resident presses to call staff. Presses arrive debounced: one press, one call. */
public interface CallButton {

    /** Calls {@code listener} on every press, on the input's own thread; it must return quickly. */
    void onPress(Runnable listener);
}
