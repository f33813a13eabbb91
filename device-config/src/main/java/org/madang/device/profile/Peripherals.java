package org.madang.device.profile;

import java.util.Objects;

/**
 * How the device's peripherals are driven. Only the provider for now; the GPIO pin map joins it
 * with the peripherals module.
 *
 * @param provider the implementation to load
 */
public record Peripherals(PeripheralProvider provider) {

    public Peripherals {
        Objects.requireNonNull(provider, "provider");
    }
}
