package org.madang.sync.agent.central;

import java.time.Instant;

/**
 * A clock offset measured with {@code GET /api/v1/time}.
 *
 * @param offsetMillis central time minus device time
 * @param roundTripMillis how long the exchange took (the offset is uncertain by half of it)
 * @param measuredAt device time of the measurement
 */
public record ClockMeasurement(long offsetMillis, long roundTripMillis, Instant measuredAt) {

    /** The offset from the device's time before and after the request and the central's answer. */
    public static ClockMeasurement of(long deviceBefore, long deviceAfter, long central) {
        // Assumes the answer was stamped half-way through the round trip (as NTP's simplest form).
        long midpoint = deviceBefore + (deviceAfter - deviceBefore) / 2;
        return new ClockMeasurement(central - midpoint, deviceAfter - deviceBefore, Instant.ofEpochMilli(deviceAfter));
    }
}
