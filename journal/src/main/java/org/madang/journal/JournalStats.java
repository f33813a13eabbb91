package org.madang.journal;

import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of a journal's size and contents, for status screens and the demo.
 *
 * @param lastSeq the newest sequence number (0 when empty)
 * @param recordsByKind how many records of each kind
 * @param secretsPending secrets waiting in ballot boxes, all boxes together
 * @param fileBytes bytes on disk (database and write-ahead log)
 * @param lastRecord the newest record's clock, if any
 */
public record JournalStats(long lastSeq, Map<String, Long> recordsByKind, int secretsPending, long fileBytes,
        Optional<ClockStamp> lastRecord) {

    public JournalStats {
        recordsByKind = Map.copyOf(recordsByKind);
    }
}
