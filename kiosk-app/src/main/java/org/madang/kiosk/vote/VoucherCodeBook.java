package org.madang.kiosk.vote;

import java.util.Optional;
import org.madang.device.content.poll.Poll;

/** Looks up a typed voucher short code among a poll's published (hashed) codes. */
public interface VoucherCodeBook {

    /**
     * The typed code in its normalised form (upper case, no spaces or dashes), or empty when it
     * cannot be a voucher code (length, alphabet, check character).
     */
    Optional<String> normalise(String typed);

    /** The serial of the voucher whose code this is, in {@code poll}; empty when none (a slow hash). */
    Optional<String> serialFor(Poll poll, String normalisedCode);
}
