package org.madang.kiosk.hardware;

/** The buzzer that tells a queue the result of a scan without anyone looking at the screen. */
public interface Buzzer {

    /** Starts {@code pattern} and returns at once; a new pattern cuts the one still playing. */
    void play(BuzzerPattern pattern);
}
