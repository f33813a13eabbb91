package org.madang.device.content.poll.seal;

import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.util.Arrays;
import org.madang.device.content.poll.SealKey;

/**
 * A sealed poll's X25519 key pair, raw 32-byte keys (RFC 7748). The central makes one per poll,
 * publishes {@link #sealKey} in the content bundle and keeps the private key to open the ballots
 * after the close; tests make their own. Never on a device.
 *
 * @param publicKey the 32-byte public key
 * @param privateKey the 32-byte private scalar; keep it secret
 */
public record SealKeyPair(byte[] publicKey, byte[] privateKey) {

    public SealKeyPair {
        if (publicKey.length != X25519.KEY_BYTES || privateKey.length != X25519.KEY_BYTES) {
            throw new IllegalArgumentException("X25519 keys have 32 bytes");
        }
        publicKey = publicKey.clone();
        privateKey = privateKey.clone();
    }

    /** A new key pair from a strong random source. */
    public static SealKeyPair generate() {
        return generate(new SecureRandom());
    }

    /** A new key pair from {@code random} (tests pass a seeded one). */
    public static SealKeyPair generate(SecureRandom random) {
        byte[][] pair = X25519.generate(random);
        return new SealKeyPair(pair[1], pair[0]);
    }

    /** The key pair of a stored private key. */
    public static SealKeyPair ofPrivateKey(byte[] privateKey) {
        try {
            return new SealKeyPair(X25519.publicKey(privateKey), privateKey);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not an X25519 private key: " + e.getMessage(), e);
        }
    }

    /** The public half as the content bundle publishes it under {@code seal}. */
    public SealKey sealKey(String keyId) {
        return new SealKey(keyId, publicKey);
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] privateKey() {
        return privateKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealKeyPair that && Arrays.equals(publicKey, that.publicKey)
                && Arrays.equals(privateKey, that.privateKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(publicKey);
    }

    /** Never prints the private key. */
    @Override
    public String toString() {
        return "SealKeyPair[public " + java.util.HexFormat.of().formatHex(publicKey) + "]";
    }
}
