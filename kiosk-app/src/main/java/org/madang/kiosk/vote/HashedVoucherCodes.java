package org.madang.kiosk.vote;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.VoucherCodes;

/**
 * Typed voucher codes checked against a poll's published hashes (contract: PBKDF2WithHmacSHA256
 * of the normalised code, the poll's salt and iterations, 256 bits, hex).
 */
public final class HashedVoucherCodes implements VoucherCodeBook {

    /** The 31 characters a code may hold: no 0/O, 1/I/L. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    /** Characters in a code (the last is a check character). */
    public static final int LENGTH = 10;

    @Override
    public Optional<String> normalise(String typed) {
        String code = typed.toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        if (code.length() != LENGTH || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    @Override
    public Optional<String> serialFor(Poll poll, String normalisedCode) {
        return poll.voucherCodes().flatMap(codes -> Optional.ofNullable(
                codes.serialsByHash().get(hash(codes, normalisedCode))));
    }

    /** The hex hash of a normalised code under a poll's salt and work factor. */
    public static String hash(VoucherCodes codes, String normalisedCode) {
        PBEKeySpec spec = new PBEKeySpec(normalisedCode.toCharArray(), codes.salt(), codes.iterations(), 256);
        try {
            return HexFormat.of().formatHex(
                    SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
