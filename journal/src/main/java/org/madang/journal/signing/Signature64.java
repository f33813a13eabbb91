package org.madang.journal.signing;

import java.util.Arrays;
import java.util.HexFormat;

/** A 64-byte Ed25519 signature, immutable. */
public final class Signature64 {

    /** Length of an Ed25519 signature in bytes. */
    public static final int LENGTH = 64;

    private final byte[] bytes;

    private Signature64(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps a copy of exactly 64 bytes. */
    public static Signature64 of(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("an Ed25519 signature is " + LENGTH + " bytes, got "
                    + (bytes == null ? "none" : bytes.length));
        }
        return new Signature64(bytes.clone());
    }

    /** The signature bytes (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signature64 that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(bytes);
    }
}
