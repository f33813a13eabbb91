package org.madang.journal.clock;

import java.time.Instant;

/**
 * Whether the wall clock can be believed. A Raspberry Pi without network boots at the time it
 * last saved (fake-hwclock) or at 1970; records made then are marked untrusted.
 */
@FunctionalInterface
public interface WallClockTrust {

    /** Whether {@code now}, read from the wall clock, is believed to be right. */
    boolean trusts(Instant now);
}
