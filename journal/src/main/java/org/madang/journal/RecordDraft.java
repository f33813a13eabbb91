package org.madang.journal;

import java.util.Objects;

/**
 * A record a feature wants to append: its kind and its body. The journal adds the sequence
 * number, id, clock, chain hash and signature.
 */
public record RecordDraft(RecordKind kind, CanonicalJson body) {

    public RecordDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
    }

    /** A draft whose body is any value Jackson can turn into a JSON object. */
    public static RecordDraft of(RecordKind kind, Object body) {
        return new RecordDraft(kind, CanonicalJson.of(body));
    }
}
