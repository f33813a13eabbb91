package org.madang.sync.agent.upload;

import java.util.List;
import java.util.Optional;

/**
 * One upload request's body and what it holds.
 *
 * @param firstSeq the first record's sequence number
 * @param lastSeq the last record's
 * @param body the gzip JSON body, at most {@code SyncApi.MAX_UPLOAD_BYTES}
 * @param hashes the records' hashes (hex), in order
 */
public record EncodedBatch(long firstSeq, long lastSeq, byte[] body, List<String> hashes) {

    public EncodedBatch {
        hashes = List.copyOf(hashes);
        if (hashes.size() != lastSeq - firstSeq + 1) {
            throw new IllegalArgumentException("a batch of " + firstSeq + "…" + lastSeq + " needs "
                    + (lastSeq - firstSeq + 1) + " hashes, got " + hashes.size());
        }
    }

    /** How many records. */
    public int count() {
        return hashes.size();
    }

    /** The hash of a record in this batch. */
    public Optional<String> hashOf(long seq) {
        return seq >= firstSeq && seq <= lastSeq ? Optional.of(hashes.get((int) (seq - firstSeq))) : Optional.empty();
    }
}
