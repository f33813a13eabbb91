package org.madang.journal.testing;

import java.time.Duration;
import java.time.Instant;
import org.madang.journal.ClockStamp;
import org.madang.journal.clock.DeviceClock;

/** A device clock that moves only when a test says so. */
public final class FakeDeviceClock implements DeviceClock {

    private Instant wall;
    private long monotonicNanos;
    private final String bootId;
    private boolean trusted;

    public FakeDeviceClock(Instant wall, String bootId, boolean trusted) {
        this.wall = wall;
        this.bootId = bootId;
        this.trusted = trusted;
    }

    /** Starts at 2026-11-22 09:00 KST, trusted. */
    public static FakeDeviceClock standard() {
        return new FakeDeviceClock(Instant.parse("2026-11-22T00:00:00Z"), "00000000-0000-4000-8000-000000000001", true);
    }

    /** Moves both clocks forward. */
    public synchronized void advance(Duration step) {
        wall = wall.plus(step);
        monotonicNanos += step.toNanos();
    }

    public synchronized void setTrusted(boolean value) {
        trusted = value;
    }

    @Override
    public synchronized ClockStamp stamp() {
        return new ClockStamp(wall, bootId, monotonicNanos, trusted);
    }
}
