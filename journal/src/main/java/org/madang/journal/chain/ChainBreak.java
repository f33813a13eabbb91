package org.madang.journal.chain;

/**
 * The first place a journal stops being trustworthy.
 *
 * @param seq the sequence number of the record at fault (for a gap: the missing one)
 * @param reason what is wrong
 * @param detail a sentence for the log and for staff
 */
public record ChainBreak(long seq, Reason reason, String detail) {

    /** What can be wrong with a record. */
    public enum Reason {
        /** A sequence number is missing: a record was deleted or never written. */
        GAP,
        /** The record's stored hash is not the hash of its fields: a field was edited. */
        HASH_MISMATCH,
        /** The record does not point at its predecessor's hash: records were reordered or replaced. */
        CHAIN_BROKEN,
        /** The signature does not verify with the named key. */
        BAD_SIGNATURE,
        /** The record names a key the verifier does not trust. */
        UNKNOWN_KEY
    }

    @Override
    public String toString() {
        return "record " + seq + ": " + reason + " — " + detail;
    }
}
