package org.madang.journal.testing;

import java.security.SecureRandom;
import org.madang.journal.Journal;
import org.madang.journal.JournalContract;

/** The fake keeps the journal's contract. */
class InMemoryJournalTest extends JournalContract {

    @Override
    protected Journal newJournal(int boxReleaseThreshold) {
        return new InMemoryJournal(key, clock, new SecureRandom(), boxReleaseThreshold);
    }
}
