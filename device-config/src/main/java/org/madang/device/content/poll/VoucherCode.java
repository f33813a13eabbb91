package org.madang.device.content.poll;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A voucher's short code, the one a resident without a phone types instead of scanning the QR:
 * 10 characters from the 31 that cannot be mistaken for one another ({@value #ALPHABET}, no 0 O
 * 1 I L), printed {@code XXXXX-XXXXX}. The last character is a check character: with the
 * characters' values v1…v10 and weights 1…10, the sum of w·v is 0 modulo 31. Because 31 is prime
 * and the weights are distinct and non-zero modulo 31, every single wrong character and every
 * swap of two neighbours changes the sum, so a typo is caught on the spot, before the slow hash.
 */
public final class VoucherCode {

    /** The characters of a code, in value order. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    /** Characters in a code, the check character included. */
    public static final int LENGTH = 10;

    private static final int BASE = ALPHABET.length();
    /** The inverse of the check character's weight (10) modulo 31: 10 × 28 = 280 = 9 × 31 + 1. */
    private static final int INVERSE_OF_LAST_WEIGHT = 28;

    private VoucherCode() {
    }

    /**
     * The code as stored and hashed: upper-cased, spaces and dashes dropped; empty when it then
     * has the wrong length, a character outside the alphabet, or a wrong check character.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == ' ' || c == '-') {
                continue;
            }
            if (code.length() == LENGTH) {
                return Optional.empty();
            }
            code.append(c);
        }
        String upper = code.toString().toUpperCase(Locale.ROOT);
        if (upper.length() != LENGTH) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            int value = ALPHABET.indexOf(upper.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            sum += (i + 1) * value;
        }
        return sum % BASE == 0 ? Optional.of(upper) : Optional.empty();
    }

    /** A new random code in normalised form (10 characters, no dash); print it with {@link #format}. */
    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int value = random.nextInt(BASE);
            code.append(ALPHABET.charAt(value));
            sum += (i + 1) * value;
        }
        // 10·v10 ≡ −sum (mod 31)
        int check = Math.floorMod(-sum * INVERSE_OF_LAST_WEIGHT, BASE);
        return code.append(ALPHABET.charAt(check)).toString();
    }

    /** The printed form {@code XXXXX-XXXXX} of a valid code (typed or normalised). */
    public static String format(String code) {
        String normalised = normalise(code)
                .orElseThrow(() -> new IllegalArgumentException("not a valid voucher code: " + code));
        return normalised.substring(0, LENGTH / 2) + "-" + normalised.substring(LENGTH / 2);
    }
}
