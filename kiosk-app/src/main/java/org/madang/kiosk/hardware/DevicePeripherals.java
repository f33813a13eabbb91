package org.madang.kiosk.hardware;

import java.util.Objects;
import java.util.Optional;

/**
 * The peripherals of one device, as opened from its profile. Closing releases the pins (the LED
 * and buzzer go off).
 */
public final class DevicePeripherals implements AutoCloseable {

    /** Releases whatever the implementation opened. */
    @FunctionalInterface
    public interface Release {
        void release();
    }

    private final StatusLed led;
    private final Buzzer buzzer;
    private final Optional<CallButton> callButton;
    private final Release release;

    public DevicePeripherals(StatusLed led, Buzzer buzzer, Optional<CallButton> callButton, Release release) {
        this.led = Objects.requireNonNull(led, "led");
        this.buzzer = Objects.requireNonNull(buzzer, "buzzer");
        this.callButton = Objects.requireNonNull(callButton, "callButton");
        this.release = Objects.requireNonNull(release, "release");
    }

    /** No peripherals (provider {@code none}): lights and sounds go nowhere. */
    public static DevicePeripherals none() {
        return new DevicePeripherals(state -> { }, pattern -> { }, Optional.empty(), () -> { });
    }

    public StatusLed led() {
        return led;
    }

    public Buzzer buzzer() {
        return buzzer;
    }

    /** The staff call button, if the profile names its pin. */
    public Optional<CallButton> callButton() {
        return callButton;
    }

    @Override
    public void close() {
        release.release();
    }
}
