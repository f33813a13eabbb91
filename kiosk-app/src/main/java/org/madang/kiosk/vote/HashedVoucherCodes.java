package org.madang.kiosk.vote;

import java.util.Optional;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.VoucherCode;

/**
 * Typed voucher codes checked with device-config's {@link VoucherCode} (alphabet, length, check
 * character) against a poll's published hashes ({@code VoucherCodes.serialFor}: PBKDF2, slow).
 */
public final class HashedVoucherCodes implements VoucherCodeBook {

    /** The 31 characters a code may hold: no 0/O, 1/I/L. */
    public static final String ALPHABET = VoucherCode.ALPHABET;
    /** Characters in a code (the last is a check character). */
    public static final int LENGTH = VoucherCode.LENGTH;

    @Override
    public Optional<String> normalise(String typed) {
        return VoucherCode.normalise(typed);
    }

    @Override
    public Optional<String> serialFor(Poll poll, String normalisedCode) {
        return poll.voucherCodes().flatMap(codes -> codes.serialFor(normalisedCode));
    }
}
