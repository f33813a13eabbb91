package org.madang.kiosk.testing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.madang.device.content.CheckinLimit;
import org.madang.device.content.Event;
import org.madang.kiosk.checkin.CheckinContent;

/** Events held in a map; a member's pseudonym is {@code m1:} and the member id reversed (not a real hash). */
public final class FakeCheckinContent implements CheckinContent {

    // Insertion order, as a bundle lists its events.
    private final Map<String, Event> events = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    public FakeCheckinContent add(Event event) {
        events.put(event.id(), event);
        return this;
    }

    /** An event open from {@code start} to {@code end}, at any site, worth 500 points. */
    public static Event event(String id, CheckinLimit limit, Instant start, Instant end) {
        return new Event(id, "행사 " + id, "Event " + id, Optional.empty(), start, end, 500, limit);
    }

    @Override
    public java.util.List<Event> events() {
        return java.util.List.copyOf(events.values());
    }

    @Override
    public Optional<Event> event(String id) {
        return Optional.ofNullable(events.get(id));
    }

    @Override
    public String pseudonymOf(String memberId) {
        return "m1:" + new StringBuilder(memberId).reverse();
    }
}
