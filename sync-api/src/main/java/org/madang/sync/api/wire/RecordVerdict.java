package org.madang.sync.api.wire;

import java.util.Objects;

/** One refused record in an upload answer: which, why, and a sentence for the log. */
public record RecordVerdict(long seq, String id, RejectReason reason, String detail) {

    public RecordVerdict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
