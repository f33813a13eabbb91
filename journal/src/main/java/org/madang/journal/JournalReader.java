package org.madang.journal;

import java.util.List;

/**
 * Reads a journal, from any process, while its writer appends. What the sync agent uses.
 *
 * <p>Every call sees a consistent prefix: records 1…n for some n, never a hole and never half a
 * record. Readers never write and never block the writer.
 */
public interface JournalReader extends AutoCloseable {

    /** Facts fixed at the journal's creation. */
    JournalInfo info() throws JournalException;

    /** The newest sequence number (0 when empty). */
    long lastSeq() throws JournalException;

    /**
     * Up to {@code maxRecords} records with sequence numbers greater than {@code afterSeq}, in
     * order. An empty list means there is nothing newer yet.
     */
    List<JournalRecord> readAfter(long afterSeq, int maxRecords) throws JournalException;

    /** Sizes and counts. */
    JournalStats stats() throws JournalException;

    @Override
    void close() throws JournalException;
}
