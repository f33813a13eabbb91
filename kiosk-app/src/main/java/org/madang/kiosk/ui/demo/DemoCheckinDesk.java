package org.madang.kiosk.ui.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.madang.device.content.Event;
import org.madang.device.token.MemberToken;
import org.madang.device.token.TokenCheck;
import org.madang.device.token.TokenType;
import org.madang.device.token.TokenVerifier;
import org.madang.kiosk.checkin.CheckinDesk;
import org.madang.kiosk.checkin.CheckinOutcome;
import org.madang.kiosk.checkin.CheckinRefusal;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.ui.port.EventCatalog;

/**
 * A check-in desk that remembers check-ins in memory only: for demonstrations, never on a real
 * terminal (the screen shows a "nothing is recorded" banner while it is in use).
 */
public final class DemoCheckinDesk implements CheckinDesk {

    private final TokenVerifier tokens;
    private final EventCatalog events;
    private final Clock clock;
    private final Map<String, Instant> seen = new HashMap<>();
    private final AtomicLong seq = new AtomicLong();

    public DemoCheckinDesk(TokenVerifier tokens, EventCatalog events, Clock clock) {
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public synchronized CheckinOutcome checkIn(String scanned, ScanSource source, String eventId) {
        Optional<Event> event = events.events().stream().filter(e -> e.id().equals(eventId)).findFirst();
        if (event.isEmpty()) {
            return new CheckinOutcome.Rejected(CheckinRefusal.NO_SUCH_EVENT, Optional.empty());
        }
        TokenCheck check = tokens.verify(scanned, TokenType.MEMBER);
        if (check instanceof TokenCheck.Rejected rejected) {
            return new CheckinOutcome.Rejected(CheckinRefusal.TOKEN_REJECTED, Optional.of(rejected.reason()));
        }
        Instant now = clock.instant();
        if (!event.get().isOpenAt(now)) {
            return new CheckinOutcome.Rejected(now.isBefore(event.get().start()) ? CheckinRefusal.EVENT_NOT_STARTED
                    : CheckinRefusal.EVENT_ENDED, Optional.empty());
        }
        MemberToken member = (MemberToken) ((TokenCheck.Accepted) check).token();
        Instant first = seen.putIfAbsent(eventId + "/" + member.memberId(), now);
        if (first != null) {
            return new CheckinOutcome.Duplicate(event.get(), first);
        }
        return new CheckinOutcome.Accepted(event.get(), event.get().points(), seq.incrementAndGet(), now);
    }
}
