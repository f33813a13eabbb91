package org.madang.journal.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** A SHA-256 digest, immutable, printed as lower-case hex. */
public final class Sha256 {

    /** Digest length in bytes. */
    public static final int LENGTH = 32;

    private final byte[] bytes;

    private Sha256(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps a copy of exactly 32 bytes. */
    public static Sha256 of(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("a SHA-256 digest is " + LENGTH + " bytes, got "
                    + (bytes == null ? "none" : bytes.length));
        }
        return new Sha256(bytes.clone());
    }

    /** Parses 64 hex digits. */
    public static Sha256 ofHex(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    /** Digests the given bytes. */
    public static Sha256 digest(byte[] data) {
        return new Sha256(newDigest().digest(data));
    }

    /** Digests UTF-8 text. */
    public static Sha256 digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    // MessageDigest.getInstance looks the provider up each time; a digest is reset by digest().
    private static final ThreadLocal<MessageDigest> THREAD_DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

    /** This thread's digest, reset; callers must finish with {@code digest()} before using it again. */
    static MessageDigest threadDigest() {
        return THREAD_DIGEST.get();
    }

    /** Wraps digest output without copying (package-private: the caller gives the array up). */
    static Sha256 wrap(byte[] digestOutput) {
        return new Sha256(digestOutput);
    }

    /** The bytes themselves, for digesting within the package without a copy; never modified. */
    byte[] bytesUnsafe() {
        return bytes;
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The digest bytes (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Lower-case hex. */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sha256 that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
