package org.madang.sync.api.enroll;

import org.madang.journal.chain.Sha256;
import org.madang.journal.signing.Ed25519PublicKey;

/**
 * A key's SHA-256 fingerprint for people: the hash of the raw 32-byte key, upper-case hex in
 * groups of four ({@code 3F2A 91C0 …}, 16 groups), so staff can compare the one printed at the
 * central with the one a terminal shows, group by group.
 */
public final class KeyFingerprint {

    private KeyFingerprint() {
    }

    /** The fingerprint of {@code key}. */
    public static String of(Ed25519PublicKey key) {
        String hex = Sha256.digest(key.raw()).hex().toUpperCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(hex, i, i + 4);
        }
        return out.toString();
    }
}
