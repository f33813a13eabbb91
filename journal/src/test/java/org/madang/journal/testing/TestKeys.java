package org.madang.journal.testing;

import java.security.SecureRandom;
import org.madang.journal.signing.Ed25519KeyPair;

/** Device keys for tests. */
public final class TestKeys {

    private TestKeys() {
    }

    /** A fresh random device key. */
    public static Ed25519KeyPair deviceKey() {
        return Ed25519KeyPair.generate(new SecureRandom());
    }

    /** A device key that is the same in every run, for tests that compare bytes. */
    public static Ed25519KeyPair fixedDeviceKey() {
        byte[] seed = new byte[32];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = (byte) (i + 1);
        }
        return Ed25519KeyPair.ofSeed(seed);
    }
}
