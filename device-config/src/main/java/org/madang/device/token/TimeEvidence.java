package org.madang.device.token;

import java.time.Instant;
import java.util.Objects;

/**
 * What the device knows about the time when it checks a token (docs/decisions/0005-token-time-rules.md).
 *
 * @param now the wall clock's reading
 * @param trusted whether the wall clock is synchronised (the journal's {@code wallClockTrusted})
 * @param notBefore the newest trusted time the device has seen, e.g. the installed content
 *     bundle's {@code issuedAt}: the real time cannot be earlier than this
 */
public record TimeEvidence(Instant now, boolean trusted, Instant notBefore) {

    public TimeEvidence {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(notBefore, "notBefore");
    }

    /** A synchronised clock reading. */
    public static TimeEvidence trusted(Instant now) {
        return new TimeEvidence(now, true, Instant.EPOCH);
    }

    /** An unsynchronised clock reading, with the newest trusted time seen. */
    public static TimeEvidence untrusted(Instant now, Instant notBefore) {
        return new TimeEvidence(now, false, notBefore);
    }

    /**
     * The time expiry is judged against: the clock if trusted, else the later of the clock and
     * {@link #notBefore()}, because a clock reset to 1970 must not bring expired cards back.
     */
    public Instant effectiveNow() {
        return trusted || now.isAfter(notBefore) ? now : notBefore;
    }
}
