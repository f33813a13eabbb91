package org.madang.device.token;

import java.time.Instant;

/**
 * A member's QR token. The raw member id must never be stored: records carry a keyed hash of it.
 *
 * @param memberId opaque member id ({@code sub})
 * @param dongCode 10-digit administrative dong code of residence ({@code dong})
 * @param birthYear birth year ({@code by}), for age rules; never shown in full
 */
public record MemberToken(String memberId, String dongCode, int birthYear, String keyId, Instant issuedAt,
        Instant expiresAt) implements VerifiedToken {
}
