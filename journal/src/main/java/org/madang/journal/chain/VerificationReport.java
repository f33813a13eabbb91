package org.madang.journal.chain;

import java.util.Optional;

/**
 * The outcome of verifying a journal (or a run of it).
 *
 * @param recordsChecked how many records were checked before stopping
 * @param lastGoodSeq the last sequence number up to which everything verified (0 if none)
 * @param firstBreak the first problem, if any; verification stops there
 */
public record VerificationReport(long recordsChecked, long lastGoodSeq, Optional<ChainBreak> firstBreak) {

    /** Whether every checked record verified. */
    public boolean intact() {
        return firstBreak.isEmpty();
    }
}
