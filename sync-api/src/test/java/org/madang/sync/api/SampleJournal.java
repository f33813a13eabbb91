package org.madang.sync.api;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.madang.journal.JournalException;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.testing.FakeDeviceClock;
import org.madang.journal.testing.InMemoryJournal;

/** A small signed journal for wire tests: real records, hashed and signed as the device does. */
public final class SampleJournal {

    private SampleJournal() {
    }

    /** A journal of {@code count} check-in records signed by {@code key}. */
    public static InMemoryJournal of(Ed25519KeyPair key, int count) throws JournalException {
        InMemoryJournal journal = new InMemoryJournal(key, FakeDeviceClock.standard(), new SecureRandom(), 10);
        for (int i = 1; i <= count; i++) {
            journal.append(RecordDraft.of(RecordKind.CHECKIN, Map.of("event", "e-" + (i % 3), "member",
                    "m1:" + Integer.toHexString(i), "points", 100, "day", "2026-11-22", "note", "한국어 " + i)));
        }
        return journal;
    }

    /** All records of a journal. */
    public static List<JournalRecord> records(InMemoryJournal journal) throws JournalException {
        return journal.readAfter(0, Integer.MAX_VALUE);
    }
}
