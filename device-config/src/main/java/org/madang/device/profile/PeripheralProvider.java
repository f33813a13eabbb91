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
    /** Raspberry Pi GPIO pins (the pin map arrives with the peripherals module). */
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
}
