package org.madang.journal.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.madang.journal.ClockStamp;
import org.madang.journal.clock.DeviceClock;

/**
 * A clock that moves only when the test says so, so tests never sleep; its {@link #deviceClock()}
 * stamps journal records with the same time. Shared by the modules' tests through the test-jar.
 */
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
        // Madang's rules use instants; a zone is applied where a day is meant (Asia/Seoul).
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
