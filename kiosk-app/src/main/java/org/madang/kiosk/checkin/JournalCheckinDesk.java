package org.madang.kiosk.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.madang.device.content.Event;
import org.madang.device.token.MemberToken;
import org.madang.device.token.TokenCheck;
import org.madang.device.token.TokenRejection;
import org.madang.device.token.TokenType;
import org.madang.device.token.TokenVerifier;
import org.madang.journal.AppendReceipt;
import org.madang.journal.Journal;
import org.madang.journal.JournalException;
import org.madang.kiosk.scan.ScanSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check-in rules over the journal: token, event, site, window, limit, then a durable append.
 *
 * <p>Check-ins are serialised: the limit check and the append happen under one lock, so two
 * scans of the same member at once cannot both pass the limit. The ledger changes only after the
 * append returned, so a failed append leaves the member free to try again.
 */
public final class JournalCheckinDesk implements CheckinDesk {

    private static final Logger log = LoggerFactory.getLogger(JournalCheckinDesk.class);

    private final Journal journal;
    private final TokenVerifier verifier;
    private final CheckinContent content;
    private final String siteCode;
    private final Clock clock;
    private final CheckinLedger ledger;
    private final ReentrantLock lock = new ReentrantLock();

    /**
     * @param siteCode this device's dong code; events of other sites are refused
     * @param ledger the check-ins already in {@code journal} ({@link CheckinLedger#rebuild})
     */
    public JournalCheckinDesk(Journal journal, TokenVerifier verifier, CheckinContent content, String siteCode,
            Clock clock, CheckinLedger ledger) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.content = Objects.requireNonNull(content, "content");
        this.siteCode = Objects.requireNonNull(siteCode, "siteCode");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** A desk whose ledger is rebuilt from the journal's existing check-ins. */
    public static JournalCheckinDesk open(Journal journal, TokenVerifier verifier, CheckinContent content,
            String siteCode, Clock clock) throws JournalException {
        CheckinLedger ledger = CheckinLedger.rebuild(journal);
        log.info("check-in ledger rebuilt: {} check-ins", ledger.size());
        return new JournalCheckinDesk(journal, verifier, content, siteCode, clock, ledger);
    }

    @Override
    public CheckinOutcome checkIn(String scanned, ScanSource source, String eventId) {
        lock.lock();
        try {
            return decide(scanned, source, eventId);
        } finally {
            lock.unlock();
        }
    }

    private CheckinOutcome decide(String scanned, ScanSource source, String eventId) {
        TokenCheck check = verifier.verify(scanned, TokenType.MEMBER);
        if (check instanceof TokenCheck.Rejected rejected) {
            log.debug("token refused: {} ({})", rejected.reason(), rejected.detail());
            return new CheckinOutcome.Rejected(CheckinRefusal.TOKEN_REJECTED, Optional.of(rejected.reason()));
        }
        TokenCheck.Accepted accepted = (TokenCheck.Accepted) check;
        if (!(accepted.token() instanceof MemberToken member)) {
            // The verifier checks the type; this guards against one that does not.
            return new CheckinOutcome.Rejected(CheckinRefusal.TOKEN_REJECTED, Optional.of(TokenRejection.WRONG_TYPE));
        }
        Optional<Event> found = eventId == null ? Optional.empty() : content.event(eventId);
        if (found.isEmpty()) {
            return refused(CheckinRefusal.NO_SUCH_EVENT);
        }
        Event event = found.get();
        if (event.siteCode().isPresent() && !event.siteCode().get().equals(siteCode)) {
            return refused(CheckinRefusal.WRONG_SITE);
        }
        Instant now = clock.instant();
        if (now.isBefore(event.start())) {
            return refused(CheckinRefusal.EVENT_NOT_STARTED);
        }
        if (!event.isOpenAt(now)) {
            return refused(CheckinRefusal.EVENT_ENDED);
        }
        String pseudonym = content.pseudonymOf(member.memberId());
        LocalDate day = now.atZone(CheckinRecord.SEOUL).toLocalDate();
        Optional<Instant> earlier = ledger.earlierCheckin(event.id(), pseudonym, event.limit(), day);
        if (earlier.isPresent()) {
            return new CheckinOutcome.Duplicate(event, earlier.get());
        }
        CheckinRecord record = new CheckinRecord(event.id(), pseudonym, event.points(), event.limit(), day,
                source.recordName(), member.keyId(), accepted.clockTrusted());
        AppendReceipt receipt;
        try {
            receipt = journal.append(record.draft());
        } catch (JournalException e) {
            log.error("check-in to {} NOT recorded ({}): {}", event.id(), e.failure(), e.getMessage(), e);
            return refused(CheckinRefusal.NOT_RECORDED);
        }
        ledger.add(record, now);
        return new CheckinOutcome.Accepted(event, event.points(), receipt.seq(), now);
    }

    private static CheckinOutcome refused(CheckinRefusal reason) {
        return new CheckinOutcome.Rejected(reason, Optional.empty());
    }
}
