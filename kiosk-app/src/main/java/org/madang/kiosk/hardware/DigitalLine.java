package org.madang.kiosk.hardware;

/** One output pin, on or off: what the LED and buzzer logic needs from GPIO, and all a fake has to do. */
@FunctionalInterface
public interface DigitalLine {

    void set(boolean on);
}
