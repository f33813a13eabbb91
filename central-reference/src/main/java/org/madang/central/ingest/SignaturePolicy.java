package org.madang.central.ingest;

/**
 * Which record signatures the central verifies at ingest (decision 0010, "Verification cost").
 * Every record's hash and link are checked under either policy.
 */
public enum SignaturePolicy {

    /**
     * The signature of the last record stored from each upload (the chain head), which commits
     * through the hash chain to every earlier record's content; every signature of the run only
     * when the head's fails, to name the first bad one. The default: Ed25519 verification of every
     * record would cap a 2-core central near 20,000 records/s.
     */
    CHAIN_HEAD,

    /** Every record's signature, in parallel ({@code serve --verify-every-signature}). */
    EVERY_RECORD
}
