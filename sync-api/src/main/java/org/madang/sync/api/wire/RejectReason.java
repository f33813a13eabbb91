package org.madang.sync.api.wire;

/** Why the central refused one uploaded record. */
public enum RejectReason {
    /** The same seq or id is stored with other content (ODK Central's 409). */
    CONFLICT,
    /** A record is missing before this one. */
    GAP,
    /** The hash is not the hash of the record's fields: altered. */
    HASH_MISMATCH,
    /** The record does not point at its predecessor's hash: reordered, replaced or spliced. */
    CHAIN_BROKEN,
    /** The signature does not verify with the device's enrolled key. */
    BAD_SIGNATURE,
    /** Signed by a key that is not this device's enrolled key. */
    UNKNOWN_KEY,
    /** The record's content cannot be read (for example a check-in without its event). */
    MALFORMED,
    /** An earlier record of the batch was refused; nothing after it is stored. */
    AFTER_REJECTED
}
