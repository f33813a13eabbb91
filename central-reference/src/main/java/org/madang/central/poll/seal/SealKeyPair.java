package org.madang.central.poll.seal;

import java.security.SecureRandom;
import org.bouncycastle.math.ec.rfc7748.X25519;

/**
 * A poll's X25519 key pair (RFC 7748, raw 32-byte keys): the public half goes into the content,
 * the private half stays at the central.
 */
public record SealKeyPair(byte[] privateKey, byte[] publicKey) {

    public SealKeyPair {
        privateKey = privateKey.clone();
        publicKey = publicKey.clone();
    }

    /** A fresh key pair from a strong random source. */
    public static SealKeyPair generate() {
        byte[] privateKey = new byte[X25519.SCALAR_SIZE];
        X25519.generatePrivateKey(new SecureRandom(), privateKey);
        byte[] publicKey = new byte[X25519.POINT_SIZE];
        X25519.generatePublicKey(privateKey, 0, publicKey, 0);
        return new SealKeyPair(privateKey, publicKey);
    }

    @Override
    public byte[] privateKey() {
        return privateKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealKeyPair that && java.util.Arrays.equals(publicKey, that.publicKey)
                && java.util.Arrays.equals(privateKey, that.privateKey);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return "SealKeyPair[private key not shown]";
    }
}
