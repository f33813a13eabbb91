package org.madang.sync.api.wire;

import java.util.List;

/**
 * The answer to an upload, whatever its status: the highest sequence number durably stored at
 * the central for this device (every record up to it is stored), how many records this request
 * stored anew and found already stored, and the refused ones.
 */
public record UploadResult(long storedThrough, int stored, int duplicates, List<RecordVerdict> rejected) {

    public UploadResult {
        rejected = List.copyOf(rejected);
    }

    /** The HTTP status that goes with this answer (decision 0010). */
    public int httpStatus() {
        if (rejected.isEmpty()) {
            return 200;
        }
        return rejected.getFirst().reason() == RejectReason.CONFLICT ? 409 : 422;
    }
}
