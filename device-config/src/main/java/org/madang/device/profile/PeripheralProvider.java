package org.madang.device.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which implementation drives the device's buttons, lights and scanner. Chosen by the profile,
 * never guessed from the board or the class path.
 */
public enum PeripheralProvider {
    /** No peripherals: touch screen only. */
    NONE("none"),
    /** Simulated peripherals, for demos and tests. */
    MOCK("mock"),
    /** Raspberry Pi GPIO pins (the pin map arrives with the peripherals module). */
    GPIO("gpio");

    private final String jsonName;

    PeripheralProvider(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in the profile file. */
    public String jsonName() {
        return jsonName;
    }

    /** The provider with this profile name, if any. */
    public static Optional<PeripheralProvider> fromJson(String name) {
        return Arrays.stream(values()).filter(provider -> provider.jsonName.equals(name)).findFirst();
    }

    /** Every profile name, for messages that list the allowed values. */
    public static List<String> jsonNames() {
        return Arrays.stream(values()).map(PeripheralProvider::jsonName).toList();
    }
}
