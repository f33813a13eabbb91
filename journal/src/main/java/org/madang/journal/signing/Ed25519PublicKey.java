package org.madang.journal.signing;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 public key (RFC 8032), with its fingerprint and its standard encodings.
 *
 * <p>The fingerprint ({@link #keyId()}) is the first 16 bytes of SHA-256 over the raw 32-byte key,
 * in lower-case hex: it names the key in every journal record and in the device profile.
 */
public final class Ed25519PublicKey {

    /** Raw key length. */
    public static final int LENGTH = 32;

    // RFC 8410: SubjectPublicKeyInfo for id-Ed25519 is this fixed prefix followed by the raw key.
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final byte[] raw;
    // The decompressed point, computed on first use: decompressing costs about a seventh of a
    // verification, and a central verifies many signatures with the same key. Benign race: two
    // threads may both compute it, the results are equal.
    private volatile Ed25519.PublicPoint point;

    private Ed25519PublicKey(byte[] raw) {
        this.raw = raw;
    }

    /** A key from its raw 32 bytes; refuses bytes that are not a point on the curve. */
    public static Ed25519PublicKey ofRaw(byte[] raw) {
        if (raw == null || raw.length != LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key is " + LENGTH + " bytes, got "
                    + (raw == null ? "none" : raw.length));
        }
        if (!Ed25519.validatePublicKeyPartial(raw, 0)) {
            throw new IllegalArgumentException("those 32 bytes are not a valid Ed25519 public key");
        }
        return new Ed25519PublicKey(raw.clone());
    }

    /** A key from its X.509 SubjectPublicKeyInfo DER encoding (what a PEM "PUBLIC KEY" holds). */
    public static Ed25519PublicKey ofX509(byte[] der) {
        if (der == null || der.length != X509_PREFIX.length + LENGTH
                || !Arrays.equals(der, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 SubjectPublicKeyInfo (RFC 8410)");
        }
        return ofRaw(Arrays.copyOfRange(der, X509_PREFIX.length, der.length));
    }

    /** A key from the base64url "x" member of an OKP/Ed25519 JWK (RFC 8037). */
    public static Ed25519PublicKey ofJwkX(String x) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(x);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("JWK 'x' is not base64url: " + e.getMessage(), e);
        }
        return ofRaw(raw);
    }

    /** The raw 32 bytes (a copy). */
    public byte[] raw() {
        return raw.clone();
    }

    /** The X.509 SubjectPublicKeyInfo DER encoding. */
    public byte[] x509() {
        byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + LENGTH);
        System.arraycopy(raw, 0, der, X509_PREFIX.length, LENGTH);
        return der;
    }

    /** The base64url "x" member of the key's JWK. */
    public String jwkX() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** The fingerprint that names this key: 32 lower-case hex digits. */
    public String keyId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Whether {@code signature} is this key's Ed25519 signature of {@code message}. */
    public boolean verifies(byte[] message, Signature64 signature) {
        Ed25519.PublicPoint decoded = point;
        if (decoded == null) {
            decoded = Ed25519.validatePublicKeyFullExport(raw, 0);
            if (decoded == null) {
                // ofRaw checked the encoding only; a key that fails the full check verifies nothing.
                return false;
            }
            point = decoded;
        }
        return Ed25519.verify(signature.bytes(), 0, decoded, message, 0, message.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ed25519PublicKey that && Arrays.equals(raw, that.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "Ed25519PublicKey[" + keyId() + "]";
    }
}
