package org.madang.device.content.poll.seal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.XECPrivateKey;
import java.security.interfaces.XECPublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import javax.crypto.KeyAgreement;

/** X25519 (RFC 7748) on raw 32-byte keys, with the JDK's XDH provider. */
final class X25519 {

    static final int KEY_BYTES = 32;
    /** The base point u = 9: X25519(k, 9) is k's public key. */
    private static final byte[] BASE_POINT = basePoint();

    private X25519() {
    }

    /** A fresh key pair: {private scalar, public u}, both 32 bytes. */
    static byte[][] generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("X25519");
            generator.initialize(NamedParameterSpec.X25519, random);
            KeyPair pair = generator.generateKeyPair();
            byte[] scalar = ((XECPrivateKey) pair.getPrivate()).getScalar().orElseThrow();
            return new byte[][] {scalar, encodeU(((XECPublicKey) pair.getPublic()).getU())};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 21 runtime has X25519", e);
        }
    }

    /** The public key of a private scalar. */
    static byte[] publicKey(byte[] privateKey) throws InvalidKeyException {
        return agree(privateKey, BASE_POINT);
    }

    /**
     * The shared secret X25519(privateKey, publicKey).
     *
     * @throws InvalidKeyException when a key is not 32 bytes or the result is all zeros (a
     *     low-order public key, which would give a secret anyone knows)
     */
    static byte[] agree(byte[] privateKey, byte[] publicKey) throws InvalidKeyException {
        if (privateKey.length != KEY_BYTES || publicKey.length != KEY_BYTES) {
            throw new InvalidKeyException("X25519 keys have 32 bytes");
        }
        try {
            KeyFactory factory = KeyFactory.getInstance("XDH");
            PrivateKey privateKeyObject = factory.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519,
                    privateKey.clone()));
            PublicKey publicKeyObject = factory.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519,
                    decodeU(publicKey)));
            KeyAgreement agreement = KeyAgreement.getInstance("XDH");
            agreement.init(privateKeyObject);
            agreement.doPhase(publicKeyObject, true);
            return agreement.generateSecret();
        } catch (InvalidKeyException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new InvalidKeyException("X25519 failed: " + e.getMessage(), e);
        }
    }

    /** RFC 7748: little-endian, the top bit of the last byte ignored. */
    private static BigInteger decodeU(byte[] u) {
        byte[] bigEndian = new byte[KEY_BYTES];
        for (int i = 0; i < KEY_BYTES; i++) {
            bigEndian[i] = u[KEY_BYTES - 1 - i];
        }
        bigEndian[0] &= 0x7f;
        return new BigInteger(1, bigEndian);
    }

    private static byte[] encodeU(BigInteger u) {
        byte[] bigEndian = u.toByteArray();
        byte[] littleEndian = new byte[KEY_BYTES];
        for (int i = 0; i < KEY_BYTES && i < bigEndian.length; i++) {
            littleEndian[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return littleEndian;
    }

    private static byte[] basePoint() {
        byte[] u = new byte[KEY_BYTES];
        u[0] = 9;
        return u;
    }
}
