package org.madang.device.content.poll.seal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.madang.device.content.poll.SealKey;

/**
 * Seals a ballot on the device to its poll's public key and opens it at the central with the
 * private key (decision 0011). Per ballot: a fresh X25519 key pair; shared = X25519(ephemeral,
 * poll key); key = HKDF-SHA256(shared, salt = epk ‖ poll key, info = {@value #INFO}), 32 bytes;
 * AES-256-GCM with a random 12-byte IV, a 128-bit tag and the associated data
 * {@code "madang.ballot.v1\n" + pollId}, so a ballot copied into another poll's box does not open.
 */
public final class BallotSeal {

    /** The HKDF info and the associated data's prefix: the scheme's version. */
    public static final String INFO = "madang.ballot.v1";
    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;

    private static final ObjectMapper JSON = new ObjectMapper();

    private BallotSeal() {
    }

    /**
     * Seals a plain ballot body ({@code {"poll": id, "choices": […]}}, canonical JSON), bound to the
     * poll its {@code poll} member names.
     *
     * @throws IllegalArgumentException when the plaintext is not JSON with a string {@code poll}
     */
    public static SealedBallot seal(SealKey key, byte[] plaintext, SecureRandom random) {
        return seal(key, pollOf(plaintext), plaintext, random);
    }

    /** Seals {@code plaintext}, bound to {@code pollId}. */
    public static SealedBallot seal(SealKey key, String pollId, byte[] plaintext, SecureRandom random) {
        byte[] publicKey = key.publicKey();
        byte[][] ephemeral = X25519.generate(random);
        byte[] shared = null;
        byte[] aesKey = null;
        try {
            shared = X25519.agree(ephemeral[0], publicKey);
            aesKey = Hkdf.sha256(shared, concat(ephemeral[1], publicKey), INFO.getBytes(StandardCharsets.US_ASCII), 32);
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, aesKey, iv, pollId);
            return new SealedBallot(key.keyId(), ephemeral[1], iv, cipher.doFinal(plaintext));
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("seal key " + key.keyId() + " is not a usable X25519 public key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is in every Java runtime", e);
        } finally {
            wipe(ephemeral[0], shared, aesKey);
        }
    }

    /**
     * Whether ballots can be sealed to {@code key}: false for a low-order point (such as all
     * zeros), whose shared secret would be zero for every ballot. The validator refuses such a key
     * at import, so the kiosk never meets it at a ballot.
     */
    public static boolean isUsable(SealKey key) {
        byte[] probe = new byte[X25519.KEY_BYTES];
        Arrays.fill(probe, (byte) 0x5a);
        try {
            X25519.agree(probe, key.publicKey());
            return true;
        } catch (InvalidKeyException e) {
            return false;
        }
    }

    /**
     * Opens a sealed ballot of {@code pollId} with the poll's private key.
     *
     * @param keyId the id of the key pair {@code x25519PrivateKey} belongs to
     * @return the plain ballot body as sealed
     * @throws SealException when the ballot was sealed to another key or another poll, or its
     *     bytes were altered: the tag does not verify
     */
    public static byte[] open(String keyId, byte[] x25519PrivateKey, SealedBallot sealed, String pollId)
            throws SealException {
        if (!sealed.keyId().equals(keyId)) {
            throw new SealException("ballot is sealed to key " + sealed.keyId() + ", not " + keyId);
        }
        byte[] epk = sealed.epk();
        byte[] iv = sealed.iv();
        if (epk.length != X25519.KEY_BYTES || iv.length != IV_BYTES || sealed.ct().length < TAG_BITS / 8) {
            throw new SealException("sealed ballot has an epk, iv or ct of the wrong length");
        }
        byte[] shared = null;
        byte[] aesKey = null;
        try {
            byte[] publicKey = X25519.publicKey(x25519PrivateKey);
            shared = X25519.agree(x25519PrivateKey, epk);
            aesKey = Hkdf.sha256(shared, concat(epk, publicKey), INFO.getBytes(StandardCharsets.US_ASCII), 32);
            return cipher(Cipher.DECRYPT_MODE, aesKey, iv, pollId).doFinal(sealed.ct());
        } catch (AEADBadTagException e) {
            throw new SealException("sealed ballot does not verify for poll " + pollId + " and key " + keyId, e);
        } catch (InvalidKeyException e) {
            throw new SealException("sealed ballot has an unusable ephemeral key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is in every Java runtime", e);
        } finally {
            wipe(shared, aesKey);
        }
    }

    private static Cipher cipher(int mode, byte[] aesKey, byte[] iv, String pollId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD((INFO + "\n" + pollId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static String pollOf(byte[] plaintext) {
        try {
            JsonNode poll = JSON.readTree(plaintext).path("poll");
            if (poll.isTextual()) {
                return poll.textValue();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("a ballot to seal is JSON with a string 'poll'", e);
        }
        throw new IllegalArgumentException("a ballot to seal is JSON with a string 'poll'");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static void wipe(byte[]... secrets) {
        for (byte[] secret : secrets) {
            if (secret != null) {
                Arrays.fill(secret, (byte) 0);
            }
        }
    }
}
