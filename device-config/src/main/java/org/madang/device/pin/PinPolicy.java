package org.madang.device.pin;

import java.util.Optional;

/**
 * What an admin PIN must look like: 6 to 12 ASCII digits, not one digit repeated and not a run
 * such as 123456 or 654321 (the first PINs anyone tries at an unattended kiosk). Digits only,
 * because the kiosk's PIN pad has nothing else.
 */
public final class PinPolicy {

    /** Fewest digits. */
    public static final int MIN_LENGTH = 6;
    /** Most digits. */
    public static final int MAX_LENGTH = 12;

    private PinPolicy() {
    }

    /** Why {@code pin} is refused, or empty if it is acceptable. */
    public static Optional<PinRejection> check(char[] pin) {
        if (pin.length < MIN_LENGTH || pin.length > MAX_LENGTH) {
            return Optional.of(PinRejection.LENGTH);
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return Optional.of(PinRejection.NOT_DIGITS);
            }
        }
        if (hasConstantStep(pin, 0)) {
            return Optional.of(PinRejection.ALL_SAME_DIGIT);
        }
        if (hasConstantStep(pin, 1) || hasConstantStep(pin, -1)) {
            return Optional.of(PinRejection.SEQUENCE);
        }
        return Optional.empty();
    }

    // Runs wrap around (…7890…, …2109…) the way they do on a keypad row.
    private static boolean hasConstantStep(char[] pin, int step) {
        for (int i = 1; i < pin.length; i++) {
            if (Math.floorMod(pin[i] - pin[i - 1], 10) != Math.floorMod(step, 10)) {
                return false;
            }
        }
        return true;
    }
}
