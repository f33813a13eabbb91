package org.madang.sync.api.enroll;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.madang.journal.signing.Ed25519PublicKey;

/**
 * What an enrollment QR tells a new terminal: where its central is, the one-time code, the
 * central's own signing key (a stronger pin than a fingerprint: the device believes exactly this
 * key for content, tokens and the enrollment answer), the site, roles and when the code expires.
 *
 * @param centralUrl the central's base URL (https, or http to loopback)
 * @param code the one-time enrollment code
 * @param kid the name the central's key goes by
 * @param centralKey the central's Ed25519 public key
 * @param siteCode the site's 10-digit administrative dong code
 * @param siteName the site's name, for the profile and for staff
 * @param roles what the terminal will do
 * @param expires when the code stops working
 */
public record EnrollmentTicket(URI centralUrl, String code, String kid, Ed25519PublicKey centralKey, String siteCode,
        String siteName, List<String> roles, Instant expires) {

    public EnrollmentTicket {
        Objects.requireNonNull(centralUrl, "centralUrl");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(centralKey, "centralKey");
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(siteName, "siteName");
        roles = List.copyOf(roles);
        Objects.requireNonNull(expires, "expires");
    }

    /** The central key's fingerprint as staff compare it by eye (see {@link KeyFingerprint}). */
    public String fingerprint() {
        return KeyFingerprint.of(centralKey);
    }
}
