package org.madang.device.token;

import java.time.Instant;

/**
 * A staff member's card.
 *
 * @param staffId the staff member's id ({@code sub})
 * @param name the name shown in staff mode ({@code name})
 */
public record StaffToken(String staffId, String name, String keyId, Instant issuedAt, Instant expiresAt)
        implements VerifiedToken {
}
