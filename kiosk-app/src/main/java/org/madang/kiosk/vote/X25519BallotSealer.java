package org.madang.kiosk.vote;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.XECPublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.SealKey;

/**
 * The contract's ballot seal with the JDK alone: an ephemeral X25519 key per ballot, HKDF-SHA256
 * (salt = epk || pub, info = "madang.ballot.v1"), AES-256-GCM with a 12-byte random IV and the
 * AAD {@code "madang.ballot.v1\n" + pollId}. Stands in until device-config's {@code BallotSeal}
 * is on main; both must give ciphertexts the central opens.
 */
public final class X25519BallotSealer implements BallotSealer {

    private static final String INFO = "madang.ballot.v1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random;

    public X25519BallotSealer(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public Map<String, String> seal(Poll poll, byte[] plaintext) {
        SealKey key = poll.seal().orElseThrow(() -> new IllegalArgumentException("poll " + poll.id() + " is not sealed"));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("X25519");
            generator.initialize(NamedParameterSpec.X25519, random);
            KeyPair ephemeral = generator.generateKeyPair();
            byte[] epk = raw((XECPublicKey) ephemeral.getPublic());
            byte[] pub = key.publicKey();
            KeyAgreement agreement = KeyAgreement.getInstance("X25519");
            agreement.init(ephemeral.getPrivate());
            agreement.doPhase(publicKey(pub), true);
            byte[] shared = agreement.generateSecret();
            byte[] aesKey = hkdf(shared, concat(epk, pub), INFO.getBytes(StandardCharsets.UTF_8));
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, iv));
            cipher.updateAAD((INFO + "\n" + poll.id()).getBytes(StandardCharsets.UTF_8));
            byte[] ct = cipher.doFinal(plaintext);
            Map<String, String> sealed = new LinkedHashMap<>();
            sealed.put("kid", key.keyId());
            sealed.put("epk", B64.encodeToString(epk));
            sealed.put("iv", B64.encodeToString(iv));
            sealed.put("ct", B64.encodeToString(ct));
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK 21 has X25519 and AES-GCM", e);
        }
    }

    /** RFC 7748 encoding: the u coordinate, 32 bytes little-endian. */
    static byte[] raw(XECPublicKey key) {
        byte[] bigEndian = key.getU().toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < 32 && i < bigEndian.length; i++) {
            out[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return out;
    }

    static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        byte[] bigEndian = new byte[33];
        for (int i = 0; i < 32; i++) {
            bigEndian[32 - i] = raw[i];
        }
        // RFC 7748: the top bit of the last byte is masked.
        bigEndian[1] &= 0x7f;
        return KeyFactory.getInstance("XDH").generatePublic(
                new XECPublicKeySpec(NamedParameterSpec.X25519, new BigInteger(bigEndian)));
    }

    static byte[] hkdf(byte[] ikm, byte[] salt, byte[] info) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update(info);
        mac.update((byte) 1);
        return mac.doFinal();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
