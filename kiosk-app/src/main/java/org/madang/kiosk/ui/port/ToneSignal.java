package org.madang.kiosk.ui.port;

import org.madang.kiosk.hardware.BuzzerPattern;

/** Plays the sound of an outcome, so a queue hears it without looking. Never blocks, never throws. */
@FunctionalInterface
public interface ToneSignal {

    /** Starts {@code pattern} and returns at once. */
    void play(BuzzerPattern pattern);
}
