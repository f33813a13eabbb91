package org.madang.journal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A secret record (a ballot, an anonymous survey answer) for a ballot box: it is held in the
 * box named {@code boxId} (one per poll or survey) and enters the journal only in a shuffled
 * batch with the other secrets of that box.
 */
public record SecretDraft(String boxId, RecordKind kind, CanonicalJson body) {

    private static final Pattern BOX_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    public SecretDraft {
        Objects.requireNonNull(boxId, "boxId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        if (!BOX_ID.matcher(boxId).matches()) {
            throw new IllegalArgumentException("box id '" + boxId
                    + "' is not valid: expected letters, digits and . _ : - (at most 128), e.g. 'poll:2026-wolgok-1'");
        }
        if (!kind.isSecret()) {
            throw new IllegalArgumentException("kind '" + kind + "' is not a secret kind; append it directly");
        }
    }
}
