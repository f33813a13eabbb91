package org.madang.journal.clock;

import org.madang.journal.ClockStamp;

/** Reads the device's clocks for a record. Injected so tests control time. */
@FunctionalInterface
public interface DeviceClock {

    /** The wall time, boot id, monotonic time and wall-clock trust, now. */
    ClockStamp stamp();
}
