package org.madang.central.poll.seal;

import java.util.Arrays;
import java.util.Objects;

/**
 * An encrypted ballot: {@code {"kid", "epk", "iv", "ct"}} in JSON (base64url, no padding).
 *
 * @param keyId the poll key's id
 * @param epk the ephemeral X25519 public key (32 bytes)
 * @param iv the AES-GCM nonce (12 bytes)
 * @param ct the ciphertext with its 16-byte tag
 */
public record SealedBallot(String keyId, byte[] epk, byte[] iv, byte[] ct) {

    public SealedBallot {
        Objects.requireNonNull(keyId, "keyId");
        epk = epk.clone();
        iv = iv.clone();
        ct = ct.clone();
    }

    @Override
    public byte[] epk() {
        return epk.clone();
    }

    @Override
    public byte[] iv() {
        return iv.clone();
    }

    @Override
    public byte[] ct() {
        return ct.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedBallot that && keyId.equals(that.keyId) && Arrays.equals(epk, that.epk)
                && Arrays.equals(iv, that.iv) && Arrays.equals(ct, that.ct);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, Arrays.hashCode(epk), Arrays.hashCode(iv), Arrays.hashCode(ct));
    }

    @Override
    public String toString() {
        return "SealedBallot[" + keyId + ", " + ct.length + " bytes]";
    }
}
