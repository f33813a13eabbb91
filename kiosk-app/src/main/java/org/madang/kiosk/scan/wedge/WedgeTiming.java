package org.madang.kiosk.scan.wedge;

import java.time.Duration;
import java.util.Objects;

/**
 * When keystrokes count as a scanner burst rather than a person typing.
 *
 * <p>Defaults: USB HID scanners measured at 7–8 ms between characters (16 ms when a USB frame is
 * missed); a person rarely types even two keys 35 ms apart and never eight in a row. 35 ms leaves
 * room for event-thread jitter on a Raspberry Pi; scanners configured with an intercharacter delay
 * need a larger gap (their manuals offer 0–990 ms in 10 ms steps).
 *
 * @param maxGap the longest pause between two keystrokes of one burst, Enter included
 * @param minLength the fewest characters (Enter excluded) a burst must have
 * @param maxLength the most characters kept of one burst; the rest are swallowed
 */
public record WedgeTiming(Duration maxGap, int minLength, int maxLength) {

    /** Hard limits; a value outside them is a configuration error. */
    public static final Duration MAX_GAP_LIMIT = Duration.ofSeconds(1);

    public WedgeTiming {
        Objects.requireNonNull(maxGap, "maxGap");
        if (maxGap.isNegative() || maxGap.isZero() || maxGap.compareTo(MAX_GAP_LIMIT) > 0) {
            throw new IllegalArgumentException("scan.wedge.max-gap is " + maxGap.toMillis()
                    + " ms; it must be between 1 and " + MAX_GAP_LIMIT.toMillis() + " ms");
        }
        if (minLength < 2) {
            throw new IllegalArgumentException("scan.wedge.min-length is " + minLength
                    + "; it must be at least 2, or every fast key pair would be taken for a scan");
        }
        if (maxLength < minLength) {
            throw new IllegalArgumentException("scan.wedge.max-length is " + maxLength
                    + "; it must be at least scan.wedge.min-length (" + minLength + ")");
        }
    }

    /** 35 ms, 6 characters, 4,096 characters. */
    public static WedgeTiming defaults() {
        return new WedgeTiming(Duration.ofMillis(35), 6, 4096);
    }

    /** This timing with another longest pause (for a scanner set to wait between characters); the lengths kept. */
    public WedgeTiming withMaxGap(Duration gap) {
        return new WedgeTiming(gap, minLength, maxLength);
    }

    long maxGapNanos() {
        return maxGap.toNanos();
    }
}
