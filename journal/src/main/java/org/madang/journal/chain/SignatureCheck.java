package org.madang.journal.chain;

import org.madang.journal.JournalRecord;
import org.madang.journal.signing.Ed25519PublicKey;

/**
 * How a {@link ChainVerifier} decides whether a record's signature verifies with its key. The
 * direct check verifies on the spot; {@link PrecheckedSignatures} answers from signatures
 * already verified in parallel, because Ed25519 verification dominates the cost of a chain walk
 * and only the walk itself must be sequential.
 */
@FunctionalInterface
public interface SignatureCheck {

    /** Verifies each signature when asked. */
    SignatureCheck DIRECT = (record, key) -> key.verifies(record.hash().bytes(), record.signature());

    /** Whether {@code record}'s signature of its hash verifies with {@code key}. */
    boolean verifies(JournalRecord record, Ed25519PublicKey key);
}
