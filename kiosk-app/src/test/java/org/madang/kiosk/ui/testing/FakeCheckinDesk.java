package org.madang.kiosk.ui.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.madang.kiosk.checkin.CheckinDesk;
import org.madang.kiosk.checkin.CheckinOutcome;
import org.madang.kiosk.scan.ScanSource;

/** A desk that answers scripted outcomes in order and remembers what it was asked. */
public final class FakeCheckinDesk implements CheckinDesk {

    /** One call to the desk. */
    public record Call(String scanned, ScanSource source, String eventId) {
    }

    private final Deque<CheckinOutcome> answers = new ArrayDeque<>();
    private final List<Call> calls = new ArrayList<>();

    /** Queues the next answer. */
    public FakeCheckinDesk answer(CheckinOutcome outcome) {
        answers.add(outcome);
        return this;
    }

    public List<Call> calls() {
        return calls;
    }

    @Override
    public synchronized CheckinOutcome checkIn(String scanned, ScanSource source, String eventId) {
        calls.add(new Call(scanned, source, eventId));
        if (answers.isEmpty()) {
            throw new IllegalStateException("no scripted answer for " + scanned);
        }
        return answers.poll();
    }
}
