package org.madang.kiosk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.madang.journal.ClockStamp;
import org.madang.journal.clock.DeviceClock;

/** A clock that moves only when the test says so; its {@link #deviceClock()} stamps records with the same time. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration step) {
        now = now.plus(step);
    }

    /** The journal's clock, reading this one, so records carry the time the desk decided at. */
    public DeviceClock deviceClock() {
        return () -> new ClockStamp(now, "00000000-0000-4000-8000-000000000001", 0, true);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the check-in rules use instants, never the clock's zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
