package org.madang.kiosk.scan.wedge;

import java.util.Objects;

/**
 * What to do with one keystroke. Every decision may carry {@code released}: characters held back
 * earlier that turned out to be typed by a person and must be delivered, in order, before anything
 * else happens to the current keystroke.
 */
public sealed interface KeyDecision {

    /** Characters held earlier that must now be delivered to the focused control, first. */
    String released();

    /** Swallow this keystroke for now: it may belong to a scanner burst. */
    record Hold(String released) implements KeyDecision {
        public Hold {
            Objects.requireNonNull(released, "released");
        }
    }

    /** Deliver this keystroke normally (after {@link #released()}). */
    record Pass(String released) implements KeyDecision {
        public Pass {
            Objects.requireNonNull(released, "released");
        }
    }

    /**
     * This Enter completed a burst: swallow it and hand {@code payload} to the scan listener.
     *
     * @param truncated whether the burst was longer than {@link WedgeTiming#maxLength()} and was cut
     */
    record Scan(String payload, boolean truncated) implements KeyDecision {
        public Scan {
            Objects.requireNonNull(payload, "payload");
        }

        @Override
        public String released() {
            return "";
        }
    }
}
