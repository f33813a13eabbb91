package org.madang.kiosk.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.madang.device.content.CheckinLimit;
import org.madang.journal.JournalException;
import org.madang.journal.JournalReader;
import org.madang.journal.JournalScan;

/**
 * Who has checked in to what, in memory, keyed by member pseudonym: the journal's {@code checkin}
 * records folded into a map so that a limit check costs no disk read.
 *
 * <p>Not thread-safe: the desk that owns it serialises access. Rebuilt from the journal at every
 * start, so it never disagrees with what is durably recorded.
 */
public final class CheckinLedger {

    // event id -> member pseudonym -> Asia/Seoul day -> first check-in that day.
    private final Map<String, Map<String, TreeMap<LocalDate, Instant>>> byEvent = new HashMap<>();
    private long count;

    /** An empty ledger (a new journal). */
    public CheckinLedger() {
    }

    /** Reads every {@code checkin} record of the journal, in batches. */
    public static CheckinLedger rebuild(JournalReader journal) throws JournalException {
        CheckinLedger ledger = new CheckinLedger();
        JournalScan.forEach(journal, record -> CheckinRecord.from(record)
                .ifPresent(checkin -> ledger.add(checkin, record.clock().wallTime())));
        return ledger;
    }

    /**
     * When this member first checked in within the limit that applies on {@code day}: for once
     * per event, any earlier check-in to the event; for once per day, one on the same day.
     */
    public Optional<Instant> earlierCheckin(String eventId, String member, CheckinLimit limit, LocalDate day) {
        TreeMap<LocalDate, Instant> days = byEvent.getOrDefault(eventId, Map.of()).get(member);
        if (days == null) {
            return Optional.empty();
        }
        return switch (limit) {
            case ONCE_PER_EVENT -> days.values().stream().min(Instant::compareTo);
            case ONCE_PER_DAY -> Optional.ofNullable(days.get(day));
        };
    }

    /** Adds a durably recorded check-in. */
    public void add(CheckinRecord checkin, Instant at) {
        byEvent.computeIfAbsent(checkin.eventId(), id -> new HashMap<>())
                .computeIfAbsent(checkin.member(), m -> new TreeMap<>())
                .merge(checkin.day(), at, (first, later) -> first.isBefore(later) ? first : later);
        count++;
    }

    /** How many check-ins it holds. */
    public long size() {
        return count;
    }
}
