package org.madang.journal.clock;

import java.time.Clock;
import java.util.function.LongSupplier;
import org.madang.journal.ClockStamp;

/**
 * The real clocks: the system wall clock, the kernel's boot id and its monotonic clock.
 *
 * <p>On Linux, HotSpot's {@link System#nanoTime()} reads CLOCK_MONOTONIC, which counts from boot
 * and is shared by every process of that boot, so the kiosk's and the station's stamps line up.
 */
public final class SystemDeviceClock implements DeviceClock {

    private final Clock wall;
    private final LongSupplier monotonicNanos;
    private final String bootId;
    private final WallClockTrust trust;

    public SystemDeviceClock(Clock wall, LongSupplier monotonicNanos, String bootId, WallClockTrust trust) {
        this.wall = wall;
        this.monotonicNanos = monotonicNanos;
        this.bootId = bootId;
        this.trust = trust;
    }

    /** The system's clocks with trust from systemd-timesyncd. */
    public static SystemDeviceClock create() {
        return new SystemDeviceClock(Clock.systemUTC(), System::nanoTime, BootId.current(),
                SystemWallClockTrust.timesyncd());
    }

    @Override
    public ClockStamp stamp() {
        var now = wall.instant();
        return new ClockStamp(now, bootId, monotonicNanos.getAsLong(), trust.trusts(now));
    }
}
