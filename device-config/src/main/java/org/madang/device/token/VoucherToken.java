package org.madang.device.token;

import java.time.Instant;

/**
 * A one-time ballot voucher.
 *
 * @param pollId the poll it opens ({@code poll})
 * @param serial its serial number ({@code serial}), recorded in the poll book
 */
public record VoucherToken(String pollId, String serial, String keyId, Instant issuedAt, Instant expiresAt)
        implements VerifiedToken {
}
