package org.madang.device.jose;

/** The outcome of checking a compact JWS's algorithm, key id and signature, in that order. */
public enum SignatureCheck {
    /** EdDSA, a known key id, and the signature verifies with that key. */
    VALID,
    /** The header's {@code alg} is not EdDSA (none, HS256, RS256, …), or it carries {@code crit} extensions. */
    ALGORITHM_REFUSED,
    /** The header names no key ({@code kid} missing or not a string). */
    KEY_ID_MISSING,
    /** The header names a key that is not trusted here. */
    KEY_UNKNOWN,
    /** The signature does not verify with the named key. */
    SIGNATURE_INVALID
}
