package org.madang.device.content.poll;

import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.pin.Pbkdf2;

/**
 * The short codes a voter may type instead of scanning a voucher's QR code, published without the
 * codes themselves: each is stored as a slow salted hash, so a device's files do not reveal a
 * usable code. A typed code is hashed once and looked up; a match gives the voucher's serial,
 * which the poll book records exactly as for a scanned voucher (so the QR and the typed code of
 * one voucher open one ballot between them).
 *
 * <p>The hash is {@link Pbkdf2} (PBKDF2WithHmacSHA256, 256 bits) of the normalised code in lower-case
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
        return HexFormat.of().formatHex(Pbkdf2.derive(normalisedCode.toCharArray(), salt, iterations));
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
