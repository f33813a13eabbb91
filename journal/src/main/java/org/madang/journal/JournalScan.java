package org.madang.journal;

import java.util.List;
import java.util.function.Consumer;

/**
 * Every record of a journal, oldest first, read in batches so that a long journal is never held
 * in memory whole: how the kiosk's in-memory ledgers fold the journal at start.
 */
public final class JournalScan {

    /** How many records one journal read brings in. */
    public static final int BATCH = 1_000;

    private JournalScan() {
    }

    /** Hands each record of {@code journal}, in sequence order, to {@code each}. */
    public static void forEach(JournalReader journal, Consumer<JournalRecord> each) throws JournalException {
        long after = 0;
        while (true) {
            List<JournalRecord> batch = journal.readAfter(after, BATCH);
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(each);
            after = batch.getLast().seq();
        }
    }
}
