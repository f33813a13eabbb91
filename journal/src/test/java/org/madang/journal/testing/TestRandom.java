package org.madang.journal.testing;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** Random numbers for tests that must see the same keys, nonces and codes in every run. */
public final class TestRandom {

    private TestRandom() {
    }

    /** A {@link SecureRandom} that gives the same bytes for the same seed (SHA1PRNG, seeded before first use). */
    public static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA1PRNG", e);
        }
    }
}
