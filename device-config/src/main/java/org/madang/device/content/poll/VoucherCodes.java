package org.madang.device.content.poll;

import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The short codes a voter may type instead of scanning a voucher's QR code, published without the
 * codes themselves: each is stored as a slow salted hash, so a device's files do not reveal a
 * usable code. A typed code is hashed once and looked up; a match gives the voucher's serial,
 * which the poll book records exactly as for a scanned voucher (so the QR and the typed code of
 * one voucher open one ballot between them).
 *
 * <p>The hash is PBKDF2WithHmacSHA256(normalised code, salt, iterations, 256 bits) in lower-case
 * hex ({@link #hash}); the central publishes it, the device recomputes it for a typed code.
 *
 * @param salt the poll's salt for the hash
 * @param iterations the hash's work factor
 * @param serialsByHash voucher serial by the hex hash of its normalised code
 */
public record VoucherCodes(byte[] salt, int iterations, Map<String, String> serialsByHash) {

    public VoucherCodes {
        salt = salt.clone();
        serialsByHash = Map.copyOf(serialsByHash);
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive, got " + iterations);
        }
    }

    /**
     * The serial of the voucher whose code this is, or empty when no voucher of the poll has it.
     * Takes the normalised code ({@link VoucherCode#normalise}); a typed code is normalised first,
     * and one that is not a valid code never reaches the slow hash.
     */
    public Optional<String> serialFor(String normalisedCode) {
        return VoucherCode.normalise(normalisedCode)
                .flatMap(code -> Optional.ofNullable(serialsByHash.get(hash(code, salt, iterations))));
    }

    /** The published hash of a normalised code: PBKDF2WithHmacSHA256, 256 bits, lower-case hex. */
    public static String hash(String normalisedCode, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(normalisedCode.toCharArray(), salt, iterations, 256);
        try {
            return HexFormat.of().formatHex(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
                    .getEncoded());
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("every Java 21 runtime has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VoucherCodes that && java.util.Arrays.equals(salt, that.salt)
                && iterations == that.iterations && serialsByHash.equals(that.serialsByHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(java.util.Arrays.hashCode(salt), iterations, serialsByHash);
    }
}
