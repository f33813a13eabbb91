package org.madang.kiosk.vote;

import java.util.Objects;

/**
 * Who closed a poll, as the {@code vote.close} record's {@code closedBy}: {@code staff:<sub>},
 * {@code pin} or {@code schedule}.
 */
public record ClosedBy(String recordName) {

    /** Closed by staff who opened staff mode with the device PIN. */
    public static final ClosedBy PIN = new ClosedBy("pin");
    /** Closed by the kiosk at the poll's closing time. */
    public static final ClosedBy SCHEDULE = new ClosedBy("schedule");

    public ClosedBy {
        Objects.requireNonNull(recordName, "recordName");
    }

    /** Closed by the holder of a staff card. */
    public static ClosedBy staff(String staffId) {
        return new ClosedBy("staff:" + staffId);
    }
}
