package org.madang.central.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.madang.journal.signing.Ed25519PublicKey;

/**
 * An enrolled device as stored.
 *
 * @param publicKey the raw Ed25519 key, base64url (a JWK's {@code x})
 * @param journalId the journal its uploads are bound to, once it uploaded
 */
public record DeviceRow(String deviceId, String siteCode, List<String> roles, String keyId, String publicKey,
        Instant enrolledAt, Optional<String> journalId) {

    public DeviceRow {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(siteCode, "siteCode");
        roles = List.copyOf(roles);
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
        Objects.requireNonNull(journalId, "journalId");
    }

    /** The enrolled key. */
    public Ed25519PublicKey key() {
        return Ed25519PublicKey.ofJwkX(publicKey);
    }
}
