package org.madang.device.pin;

/** Why a proposed admin PIN is refused. The command line turns each into a bilingual message. */
public enum PinRejection {
    /** Fewer than {@link PinPolicy#MIN_LENGTH} or more than {@link PinPolicy#MAX_LENGTH} characters. */
    LENGTH,
    /** Something other than ASCII digits 0-9. */
    NOT_DIGITS,
    /** One digit repeated, e.g. 000000. */
    ALL_SAME_DIGIT,
    /** A run up or down, e.g. 123456 or 654321. */
    SEQUENCE
}
