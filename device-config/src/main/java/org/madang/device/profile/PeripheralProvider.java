package org.madang.device.profile;

/**
 * Which implementation drives the device's buttons, lights and scanner. Chosen by the profile,
 * never guessed from the board or the class path.
 */
public enum PeripheralProvider implements ProfileName {
    /** No peripherals: touch screen only. */
    NONE("none"),
    /** Simulated peripherals, for demos and tests. */
    MOCK("mock"),
    /** Raspberry Pi GPIO pins, through the kernel's character device ({@code /dev/gpiochip*}). */
    GPIO("gpio");

    private final String jsonName;

    PeripheralProvider(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in the profile file and on the command line. */
    @Override
    public String profileName() {
        return jsonName;
    }

    /** Whether this provider drives GPIO pins (real or simulated), so the profile must name them. */
    public boolean usesPins() {
        return this != NONE;
    }
}
