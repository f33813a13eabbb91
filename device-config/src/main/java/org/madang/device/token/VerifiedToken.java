package org.madang.device.token;

import java.time.Instant;

/** A token whose signature, key, type, validity window and revocation status were checked. */
public sealed interface VerifiedToken permits MemberToken, VoucherToken, StaffToken {

    /** The central key that signed it. */
    String keyId();

    /** When it was issued. */
    Instant issuedAt();

    /** When it stops being valid. */
    Instant expiresAt();
}
