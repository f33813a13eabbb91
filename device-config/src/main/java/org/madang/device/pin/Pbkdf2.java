package org.madang.device.pin;

import java.security.GeneralSecurityException;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with a 256-bit result: the slow salted hash of the short secrets people type,
 * the staff PIN ({@link AdminPinHash}) and a poll's voucher codes ({@code VoucherCodes}).
 */
public final class Pbkdf2 {

    /** The JCA name of the derivation. */
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** Length of the derived key. */
    public static final int HASH_BYTES = 32;

    private Pbkdf2() {
    }

    /** The {@link #HASH_BYTES}-byte derived key of {@code secret}; {@code iterations} must be positive. */
    public static byte[] derive(char[] secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK since 8 has " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }
}
