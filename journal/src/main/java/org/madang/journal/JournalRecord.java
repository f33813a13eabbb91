package org.madang.journal;

import java.util.Objects;
import org.madang.journal.chain.Sha256;
import org.madang.journal.signing.Signature64;

/**
 * One record as stored in the journal and as uploaded: the draft plus everything the journal
 * added to make it ordered, timed, chained and signed.
 *
 * @param seq gapless sequence number, from 1
 * @param id random unique id (a UUID), the central's idempotency key
 * @param kind what the record is about
 * @param body canonical JSON body
 * @param clock when it was made
 * @param prevHash the previous record's hash (for record 1: the journal's genesis hash)
 * @param hash SHA-256 over all of the above, see {@code RecordHasher}
 * @param keyId fingerprint of the device key that signed the hash
 * @param signature Ed25519 signature of {@code hash}
 */
public record JournalRecord(
        long seq,
        String id,
        RecordKind kind,
        CanonicalJson body,
        ClockStamp clock,
        Sha256 prevHash,
        Sha256 hash,
        String keyId,
        Signature64 signature) {

    public JournalRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
    }
}
