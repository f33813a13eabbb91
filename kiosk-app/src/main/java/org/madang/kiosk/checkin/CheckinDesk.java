package org.madang.kiosk.checkin;

import org.madang.kiosk.scan.ScanSource;

/**
 * Turns one scanned member code into a check-in: verify the token, check the event's window and
 * limit, append durably, answer. The same desk serves the touchscreen and the headless station.
 */
public interface CheckinDesk {

    /** Checks in the holder of {@code scanned} to event {@code eventId}. Returns only after a durable append (or a refusal). */
    CheckinOutcome checkIn(String scanned, ScanSource source, String eventId);
}
