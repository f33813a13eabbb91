package org.madang.kiosk.hardware;

import java.util.Objects;

/**
 * A status LED made of three lamps, green, amber and red, at most one lit: synced is green,
 * waiting amber, fault red, off none. Three lamps rather than one blinking lamp because colour is
 * read at a glance from across a room and needs no timing to decode.
 */
public final class TriColorLed implements StatusLed {

    private final DigitalLine green;
    private final DigitalLine amber;
    private final DigitalLine red;

    public TriColorLed(DigitalLine green, DigitalLine amber, DigitalLine red) {
        this.green = Objects.requireNonNull(green, "green");
        this.amber = Objects.requireNonNull(amber, "amber");
        this.red = Objects.requireNonNull(red, "red");
    }

    @Override
    public synchronized void show(LedState state) {
        // Off first, then on: never two colours lit at once, even for a moment.
        if (state != LedState.SYNCED) {
            green.set(false);
        }
        if (state != LedState.WAITING) {
            amber.set(false);
        }
        if (state != LedState.FAULT) {
            red.set(false);
        }
        switch (state) {
            case SYNCED -> green.set(true);
            case WAITING -> amber.set(true);
            case FAULT -> red.set(true);
            case OFF -> {
                // All off already.
            }
        }
    }
}
