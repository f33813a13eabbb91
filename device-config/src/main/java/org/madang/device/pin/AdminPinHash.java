package org.madang.device.pin;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The staff PIN as stored in the profile: PBKDF2-HMAC-SHA256 over the PIN with a random salt.
 * The PIN itself is never stored.
 *
 * <p>600,000 iterations by default (OWASP's 2023 figure for PBKDF2-SHA256): a 6-digit PIN has only
 * a million values, so each guess must be expensive for whoever copies the profile. Profiles with
 * fewer than {@link #MIN_ITERATIONS} are refused when read.
 *
 * @param iterations PBKDF2 iteration count
 * @param salt random salt, at least {@link #SALT_BYTES} bytes (copied in and out)
 * @param hash derived key, {@link #HASH_BYTES} bytes (copied in and out)
 */
public record AdminPinHash(int iterations, byte[] salt, byte[] hash) {

    /** The JCA name of the derivation, also written in the profile. */
    public static final String ALGORITHM = Pbkdf2.ALGORITHM;
    /** Iterations for new hashes. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** The fewest iterations a profile may declare. */
    public static final int MIN_ITERATIONS = 100_000;
    /**
     * The most iterations a profile may declare: beyond this a PIN check takes seconds on a
     * Raspberry Pi and the staff screen looks frozen.
     */
    public static final int MAX_ITERATIONS = 10_000_000;
    /** Salt length for new hashes, and the minimum accepted. */
    public static final int SALT_BYTES = 16;
    /** Derived key length. */
    public static final int HASH_BYTES = Pbkdf2.HASH_BYTES;

    public AdminPinHash {
        // Deliberately no MIN_ITERATIONS check here: tests derive cheap hashes; the profile
        // validator enforces the minimum on everything read from disk.
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive, got " + iterations);
        }
        if (salt == null || salt.length < SALT_BYTES) {
            throw new IllegalArgumentException("salt must be at least " + SALT_BYTES + " bytes");
        }
        if (hash == null || hash.length != HASH_BYTES) {
            throw new IllegalArgumentException("hash must be " + HASH_BYTES + " bytes");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /**
     * Hashes a PIN that passed {@link PinPolicy#check} with a fresh salt and the default iterations.
     *
     * @throws IllegalArgumentException if the PIN breaks the policy: check it first
     */
    public static AdminPinHash derive(char[] pin, SecureRandom random) {
        return derive(pin, random, DEFAULT_ITERATIONS);
    }

    // Seam for tests, which cannot afford 600,000 iterations per case.
    static AdminPinHash derive(char[] pin, SecureRandom random, int iterations) {
        PinPolicy.check(pin).ifPresent(rejection -> {
            throw new IllegalArgumentException("PIN breaks the policy (" + rejection + "); check it with PinPolicy first");
        });
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new AdminPinHash(iterations, salt, Pbkdf2.derive(pin, salt, iterations));
    }

    /** Whether {@code pin} is the PIN this hash was made from. Takes the same time either way. */
    public boolean verify(char[] pin) {
        return MessageDigest.isEqual(hash, Pbkdf2.derive(pin, salt, iterations));
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    /** The salt in standard base64, as the profile stores it. */
    public String saltBase64() {
        return Base64.getEncoder().encodeToString(salt);
    }

    /** The hash in standard base64, as the profile stores it. */
    public String hashBase64() {
        return Base64.getEncoder().encodeToString(hash);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AdminPinHash that && iterations == that.iterations && Arrays.equals(salt, that.salt)
                && MessageDigest.isEqual(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * iterations + Arrays.hashCode(salt)) + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        // Never the hash: with a million possible PINs it is as good as the PIN to an attacker.
        return "AdminPinHash[" + ALGORITHM + ", " + iterations + " iterations]";
    }
}
