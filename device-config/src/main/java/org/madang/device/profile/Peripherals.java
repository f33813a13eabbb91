package org.madang.device.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * How the device's peripherals are driven: which implementation, and on which pins.
 *
 * <p>Pins are required for {@code gpio} and {@code mock} (the mock simulates the same wiring) and
 * refused for {@code none}, so a profile never carries a pin map nobody reads.
 *
 * @param provider the implementation to load
 * @param pins the pin map, present exactly when the provider drives pins
 */
public record Peripherals(PeripheralProvider provider, Optional<PinMap> pins) {

    public Peripherals {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(pins, "pins");
        if (provider.usesPins() != pins.isPresent()) {
            throw new IllegalArgumentException("peripherals provider " + provider.profileName()
                    + (provider.usesPins() ? " needs a pin map" : " takes no pin map"));
        }
    }

    /** No peripherals: touch screen only. */
    public static Peripherals none() {
        return new Peripherals(PeripheralProvider.NONE, Optional.empty());
    }

    /** Peripherals on pins, real ({@code gpio}) or simulated ({@code mock}). */
    public static Peripherals onPins(PeripheralProvider provider, PinMap pins) {
        return new Peripherals(provider, Optional.of(pins));
    }
}
