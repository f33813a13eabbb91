package org.madang.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * When a record was made, as well as the device can tell.
 *
 * <p>A Raspberry Pi has no real-time clock and boots with a wrong time when offline, so the
 * wall-clock time alone cannot be believed. The boot id and the monotonic time since boot let
 * the central correct the wall time later (once it knows the offset of that boot), and {@code
 * wallClockTrusted} says whether the device believed its clock when it wrote the record.
 *
 * @param wallTime UTC wall-clock time, truncated to milliseconds
 * @param bootId the kernel's boot id (changes at every boot)
 * @param monotonicNanos nanoseconds on the monotonic clock of that boot
 * @param wallClockTrusted whether the wall clock was synchronised when the record was made
 */
public record ClockStamp(Instant wallTime, String bootId, long monotonicNanos, boolean wallClockTrusted) {

    public ClockStamp {
        Objects.requireNonNull(wallTime, "wallTime");
        Objects.requireNonNull(bootId, "bootId");
        wallTime = Instant.ofEpochMilli(wallTime.toEpochMilli());
        if (bootId.isBlank() || bootId.length() > 64) {
            throw new IllegalArgumentException("boot id must be 1 to 64 characters");
        }
    }
}
