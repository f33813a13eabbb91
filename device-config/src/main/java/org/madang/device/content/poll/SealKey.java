package org.madang.device.content.poll;

import java.util.Arrays;
import java.util.Objects;

/**
 * A sealed poll's public key: ballots are encrypted on the device to it (X25519 key agreement
 * with a fresh key per ballot, then AES-GCM), and only the central, holding the private key,
 * opens them after the close.
 *
 * @param keyId names the key pair at the central, e.g. {@code poll-2026-wolgok-1}
 * @param publicKey the raw 32-byte X25519 public key (RFC 7748)
 */
public record SealKey(String keyId, byte[] publicKey) {

    public SealKey {
        Objects.requireNonNull(keyId, "keyId");
        if (publicKey.length != 32) {
            throw new IllegalArgumentException("an X25519 public key has 32 bytes, got " + publicKey.length);
        }
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealKey that && keyId.equals(that.keyId) && Arrays.equals(publicKey, that.publicKey);
    }

    @Override
    public int hashCode() {
        return 31 * keyId.hashCode() + Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return "SealKey[" + keyId + "]";
    }
}
