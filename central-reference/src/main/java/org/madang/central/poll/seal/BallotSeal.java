package org.madang.central.poll.seal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.madang.device.content.poll.SealKey;

/**
 * Seals and opens ballots (wave contract): ephemeral X25519, HKDF-SHA256 (salt epk || pub, info
 * {@code madang.ballot.v1}), AES-256-GCM with a 12-byte IV and AAD {@code "madang.ballot.v1\n" + pollId}.
 */
public final class BallotSeal {

    private static final String INFO = "madang.ballot.v1";
    private static final int TAG_BITS = 128;

    private BallotSeal() {
    }

    /** Encrypts {@code plaintext} for {@code pollId} to the poll's key. */
    public static SealedBallot seal(SealKey key, byte[] plaintext, SecureRandom random, String pollId) {
        byte[] ephemeral = new byte[X25519.SCALAR_SIZE];
        X25519.generatePrivateKey(random, ephemeral);
        byte[] epk = new byte[X25519.POINT_SIZE];
        X25519.generatePublicKey(ephemeral, 0, epk, 0);
        byte[] pub = key.publicKey();
        byte[] shared = new byte[X25519.POINT_SIZE];
        X25519.scalarMult(ephemeral, 0, pub, 0, shared, 0);
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        try {
            return new SealedBallot(key.keyId(), epk, iv, cipher(Cipher.ENCRYPT_MODE, shared, epk, pub, iv, pollId)
                    .doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * Decrypts a sealed ballot of {@code pollId} with the poll's private key.
     *
     * @throws SealException when the key id differs or the tag does not verify
     */
    public static byte[] open(String keyId, byte[] x25519PrivateKey, SealedBallot sealed, String pollId)
            throws SealException {
        if (!keyId.equals(sealed.keyId())) {
            throw new SealException("the ballot is sealed to key '" + sealed.keyId() + "', not '" + keyId + "'", null);
        }
        byte[] epk = sealed.epk();
        if (epk.length != X25519.POINT_SIZE || sealed.iv().length != 12) {
            throw new SealException("epk must have 32 bytes and iv 12", null);
        }
        byte[] pub = new byte[X25519.POINT_SIZE];
        X25519.generatePublicKey(x25519PrivateKey, 0, pub, 0);
        byte[] shared = new byte[X25519.POINT_SIZE];
        X25519.scalarMult(x25519PrivateKey, 0, epk, 0, shared, 0);
        try {
            return cipher(Cipher.DECRYPT_MODE, shared, epk, pub, sealed.iv(), pollId).doFinal(sealed.ct());
        } catch (GeneralSecurityException e) {
            throw new SealException("the ballot does not open with key '" + keyId + "' for poll '" + pollId
                    + "' (tag does not verify)", e);
        }
    }

    private static Cipher cipher(int mode, byte[] shared, byte[] epk, byte[] pub, byte[] iv, String pollId)
            throws GeneralSecurityException {
        byte[] salt = new byte[epk.length + pub.length];
        System.arraycopy(epk, 0, salt, 0, epk.length);
        System.arraycopy(pub, 0, salt, epk.length, pub.length);
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(shared, salt, INFO.getBytes(StandardCharsets.UTF_8)));
        byte[] key = new byte[32];
        hkdf.generateBytes(key, 0, key.length);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD((INFO + "\n" + pollId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
