package org.madang.device.content.poll;

import java.util.Map;
import java.util.Objects;

/**
 * The short codes a voter may type instead of scanning a voucher's QR code, published without the
 * codes themselves: each is stored as a slow salted hash, so a device's files do not reveal a
 * usable code. A typed code is hashed once and looked up; a match gives the voucher's serial,
 * which the poll book records exactly as for a scanned voucher (so the QR and the typed code of
 * one voucher open one ballot between them).
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
