package org.madang.kiosk.ui.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.madang.device.content.CheckinLimit;
import org.madang.device.content.Event;
import org.madang.kiosk.ui.port.EventCatalog;

/** Two made-up events around today, until the content store is wired. */
public final class DemoEvents implements EventCatalog {

    private final List<Event> events;

    public DemoEvents(Clock clock, String siteCode) {
        Instant now = clock.instant();
        events = List.of(
                new Event("demo-cleanup", "마을 대청소의 날", "Village clean-up day", Optional.of(siteCode),
                        now.minus(Duration.ofHours(2)), now.plus(Duration.ofHours(6)), 1000,
                        CheckinLimit.ONCE_PER_EVENT),
                new Event("demo-assembly", "주민총회 설명회", "Residents' assembly briefing", Optional.empty(),
                        now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)), 500, CheckinLimit.ONCE_PER_DAY));
    }

    @Override
    public List<Event> events() {
        return events;
    }
}
