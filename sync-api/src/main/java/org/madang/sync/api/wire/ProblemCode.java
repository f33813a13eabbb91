package org.madang.sync.api.wire;

/** Stable codes of the central's problem documents; the agent explains each one to staff. */
public enum ProblemCode {
    /** No enrolled device has the key that signed the request. */
    DEVICE_NOT_ENROLLED(401),
    /** The request lacks a signature or its signature does not verify. */
    SIGNATURE_INVALID(401),
    /** A nonce was used before: a captured request sent again. */
    REPLAYED(401),
    /** The signature's time is too far from the central's clock. */
    CLOCK_SKEW(401),
    /** The request names another device than the one whose key signed it. */
    DEVICE_MISMATCH(403),
    /** The enrollment code is unknown, used or expired. */
    ENROLLMENT_CODE_INVALID(403),
    /** Another key already holds this device id. */
    DEVICE_ID_TAKEN(409),
    /** The enrollment code is for another site than the device's profile. */
    SITE_MISMATCH(409),
    /** The device uploads from another journal than the one it is bound to. */
    JOURNAL_MISMATCH(409),
    /** The request does not have the documented shape. */
    MALFORMED_REQUEST(400),
    /** The body is larger than the central reads. */
    TOO_LARGE(413),
    /** Nothing has been published yet. */
    NO_CONTENT_PUBLISHED(404),
    /** No such resource. */
    NOT_FOUND(404),
    /** The admin request lacks the admin token. */
    ADMIN_TOKEN_INVALID(401),
    /** The central cannot serve now; retry later. */
    UNAVAILABLE(503);

    private final int status;

    ProblemCode(int status) {
        this.status = status;
    }

    /** The HTTP status that carries this problem. */
    public int status() {
        return status;
    }
}
