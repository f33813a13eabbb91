package org.madang.kiosk.checkin;

import java.util.List;
import java.util.Optional;
import org.madang.device.content.Event;

/**
 * What the check-in desk needs from the device's content: the published events, and the keyed
 * hash that stands for a member in records (the raw member id is never stored).
 */
public interface CheckinContent {

    /** Every event the content publishes, in its order (staff choose the active one from these). */
    List<Event> events();

    /** The event with this id, if the device's content has it. */
    Optional<Event> event(String id);

    /** The member's pseudonym for records: the same member always gives the same text on this device. */
    String pseudonymOf(String memberId);
}
