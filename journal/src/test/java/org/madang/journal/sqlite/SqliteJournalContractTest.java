package org.madang.journal.sqlite;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.io.TempDir;
import org.madang.journal.Journal;
import org.madang.journal.JournalContract;
import org.madang.journal.JournalOptions;

/** The SQLite journal keeps the journal's contract. */
class SqliteJournalContractTest extends JournalContract {

    @TempDir
    Path dir;

    @Override
    protected Journal newJournal(int boxReleaseThreshold) throws Exception {
        return SqliteJournal.open(new JournalOptions(dir.resolve("journal.db"), key, clock, new SecureRandom(),
                boxReleaseThreshold, "contract test"));
    }
}
