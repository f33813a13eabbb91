package org.madang.device.profile;

import java.util.Objects;
import org.madang.journal.signing.Ed25519PublicKey;

/**
 * A central server key the device believes (an OKP/Ed25519 JWK): what signs enrolment answers,
 * poll definitions and upload acknowledgements.
 *
 * @param kid the key's name as the central publishes it, unique within the profile
 * @param key the public key
 */
public record TrustedKey(String kid, Ed25519PublicKey key) {

    public TrustedKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(key, "key");
    }
}
