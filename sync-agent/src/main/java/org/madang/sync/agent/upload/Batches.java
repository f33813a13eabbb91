package org.madang.sync.agent.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.madang.journal.JournalException;
import org.madang.journal.JournalReader;
import org.madang.journal.JournalRecord;
import org.madang.sync.api.wire.UploadBatch;

/**
 * Cuts the journal into upload bodies that fit the central's limit. A batch that compresses worse
 * than expected is split (the records left over start the next batch, they are not read again);
 * how many records to try is adapted to what fitted last time. Not thread-safe: one thread reads.
 */
public final class Batches {

    /** Records read and tried at most per request. */
    public static final int DEFAULT_MAX_RECORDS = 2000;

    private final JournalReader reader;
    private final String deviceId;
    private final String journalId;
    private final int maxRecords;
    private final int maxBytes;
    private int limit;
    private final List<JournalRecord> pending = new ArrayList<>();

    /** Batches of at most {@code maxRecords} records and {@code maxBytes} gzip bytes. */
    public Batches(JournalReader reader, String deviceId, String journalId, int maxRecords, int maxBytes) {
        if (maxRecords < 1 || maxBytes < 1024) {
            throw new IllegalArgumentException("maxRecords must be at least 1 and maxBytes at least 1024, got "
                    + maxRecords + " and " + maxBytes);
        }
        this.reader = reader;
        this.deviceId = deviceId;
        this.journalId = journalId;
        this.maxRecords = maxRecords;
        this.maxBytes = maxBytes;
        this.limit = maxRecords;
    }

    /** The records after {@code afterSeq} that fit one request; empty when there are none yet. */
    public Optional<EncodedBatch> next(long afterSeq) throws JournalException {
        if (!pending.isEmpty() && pending.getFirst().seq() != afterSeq + 1) {
            pending.clear();
        }
        if (pending.size() < limit) {
            long from = pending.isEmpty() ? afterSeq : pending.getLast().seq();
            pending.addAll(reader.readAfter(from, limit - pending.size()));
        }
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        int count = Math.min(limit, pending.size());
        byte[] body;
        while (true) {
            body = new UploadBatch(deviceId, journalId, pending.subList(0, count)).encode();
            if (body.length <= maxBytes) {
                break;
            }
            if (count == 1) {
                // Cannot happen with the journal's 64 KiB body limit; a bug if it does, never a skip.
                throw new IllegalStateException("record " + pending.getFirst().seq() + " alone encodes to "
                        + body.length + " bytes, more than the central's limit of " + maxBytes);
            }
            // Aim 10 % under the limit, in proportion to how far over this attempt was.
            count = (int) Math.max(1, Math.min(count - 1, (long) count * maxBytes * 9 / 10 / body.length));
        }
        boolean split = count < Math.min(limit, pending.size());
        limit = split ? Math.max(1, count) : Math.min(maxRecords, limit * 2);
        List<JournalRecord> taken = pending.subList(0, count);
        List<String> hashes = new ArrayList<>(count);
        for (JournalRecord record : taken) {
            hashes.add(record.hash().hex());
        }
        EncodedBatch batch = new EncodedBatch(taken.getFirst().seq(), taken.getLast().seq(), body, hashes);
        taken.clear();
        return Optional.of(batch);
    }
}
