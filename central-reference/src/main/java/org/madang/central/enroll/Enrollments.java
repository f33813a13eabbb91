package org.madang.central.enroll;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.madang.central.errors.CentralRefusal;
import org.madang.central.store.Database;
import org.madang.central.store.DeviceRow;
import org.madang.central.store.Devices;
import org.madang.device.profile.DongCode;
import org.madang.device.profile.Role;
import org.madang.journal.chain.Sha256;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.sync.api.wire.EnrollmentRequest;
import org.madang.sync.api.wire.EnrollmentResponse;
import org.madang.sync.api.wire.ProblemCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One-time enrollment codes and the enrollment of devices with them. Only a hash of each code is
 * stored, so a copy of the database does not hand out enrollments.
 */
public final class Enrollments {

    private static final Logger LOG = LoggerFactory.getLogger(Enrollments.class);

    /** Crockford's base32 alphabet: no I, L, O or U to misread from a screen or a phone call. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int CODE_CHARS = 16;
    private static final Duration MAX_VALIDITY = Duration.ofDays(30);

    private final Database database;
    private final Clock clock;
    private final SecureRandom random;

    public Enrollments(Database database, Clock clock, SecureRandom random) {
        this.database = database;
        this.clock = clock;
        this.random = random;
    }

    /** What an enrollment did: the answer, and whether the device is new (201) or enrolled again (200). */
    public record Enrolled(EnrollmentResponse response, boolean created) {
    }

    /** A code as issued: the code, its sorted roles and when it expires (the stored expiry, exactly). */
    public record Issued(String code, String siteCode, List<String> roles, Instant expiresAt) {
    }

    /**
     * Creates a one-time code for a site.
     *
     * @throws IllegalArgumentException naming a bad site code, role or validity
     */
    public String createCode(String siteCode, Set<String> roles, Duration validity) throws SQLException {
        return issue(siteCode, roles, validity).code();
    }

    /**
     * Creates a one-time code for a site and says when it expires (for the enrollment QR).
     *
     * @throws IllegalArgumentException naming a bad site code, role or validity
     */
    public Issued issue(String siteCode, Set<String> roles, Duration validity) throws SQLException {
        if (!DongCode.isValid(siteCode)) {
            throw new IllegalArgumentException("site code '" + siteCode + "' is not a 10-digit administrative dong code (e.g. "
                    + DongCode.EXAMPLE + ")");
        }
        List<String> sorted = roles(roles);
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("validity " + validity + " must be more than zero and at most " + MAX_VALIDITY);
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_CHARS; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        Instant now = clock.instant();
        database.transaction(c -> {
            Devices.insertCode(c, hash(code.toString()), siteCode, sorted, now, now.plus(validity));
            return null;
        });
        LOG.info("enrollment code created for site {} roles {}, valid until {}", siteCode, sorted, now.plus(validity));
        return new Issued(code.toString(), siteCode, sorted, now.plus(validity));
    }

    private static List<String> roles(Set<String> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("give at least one role of " + known());
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String role : roles) {
            String name = role.strip().toLowerCase(Locale.ROOT);
            boolean ok = false;
            for (Role each : Role.values()) {
                ok |= each.profileName().equals(name);
            }
            if (!ok) {
                throw new IllegalArgumentException("role '" + role + "' is not one of " + known());
            }
            sorted.add(name);
        }
        return List.copyOf(sorted);
    }

    private static List<String> known() {
        List<String> names = new ArrayList<>();
        for (Role role : Role.values()) {
            names.add(role.profileName());
        }
        return names;
    }

    /**
     * Enrolls the device of a request whose signature by the presented key was already checked.
     *
     * @throws CentralRefusal {@code ENROLLMENT_CODE_INVALID}, {@code SITE_MISMATCH},
     *     {@code DEVICE_ID_TAKEN} or {@code MALFORMED_REQUEST}
     */
    public Enrolled enroll(EnrollmentRequest request) throws SQLException {
        Ed25519PublicKey key;
        try {
            key = Ed25519PublicKey.ofJwkX(request.publicKey());
        } catch (IllegalArgumentException e) {
            throw new CentralRefusal(ProblemCode.MALFORMED_REQUEST, "publicKey is not an Ed25519 key: " + e.getMessage());
        }
        if (request.deviceId().isBlank() || request.deviceId().length() > 64) {
            throw new CentralRefusal(ProblemCode.MALFORMED_REQUEST, "deviceId must be 1 to 64 characters");
        }
        String codeHash = hash(request.code());
        Enrolled enrolled = database.transaction(c -> {
            Instant now = clock.instant();
            Devices.CodeRow code = Devices.lockCode(c, database.dialect(), codeHash).orElseThrow(() -> new CentralRefusal(
                    ProblemCode.ENROLLMENT_CODE_INVALID, "the enrollment code is not known: check it, or ask for a new one"));
            if (code.usedAt().isPresent()) {
                throw new CentralRefusal(ProblemCode.ENROLLMENT_CODE_INVALID, "the enrollment code was already used"
                        + " (by " + code.usedBy().orElse("?") + " at " + code.usedAt().get() + "): codes are one-time; ask for a new one");
            }
            if (!now.isBefore(code.expiresAt())) {
                throw new CentralRefusal(ProblemCode.ENROLLMENT_CODE_INVALID, "the enrollment code expired at "
                        + code.expiresAt() + ": ask for a new one");
            }
            if (!code.siteCode().equals(request.siteCode())) {
                throw new CentralRefusal(ProblemCode.SITE_MISMATCH, "the code is for site " + code.siteCode()
                        + " but the device's profile says site " + request.siteCode()
                        + ": use a code for this site, or correct the profile");
            }
            Optional<DeviceRow> existing = Devices.lock(c, database.dialect(), request.deviceId());
            boolean created = existing.isEmpty();
            if (existing.isPresent() && !existing.get().keyId().equals(key.keyId())) {
                throw new CentralRefusal(ProblemCode.DEVICE_ID_TAKEN, "device id " + request.deviceId()
                        + " is enrolled with another key (" + existing.get().keyId()
                        + "): give this device another id, or remove the old one");
            }
            Optional<DeviceRow> sameKey = Devices.findByKeyId(c, key.keyId());
            if (sameKey.isPresent() && !sameKey.get().deviceId().equals(request.deviceId())) {
                throw new CentralRefusal(ProblemCode.DEVICE_ID_TAKEN, "key " + key.keyId() + " is already enrolled as device "
                        + sameKey.get().deviceId() + ": a key belongs to one device id");
            }
            if (created) {
                Devices.insert(c, new DeviceRow(request.deviceId(), request.siteCode(), code.roles(), key.keyId(),
                        key.jwkX(), now, Optional.empty()));
            } else {
                Devices.reenroll(c, request.deviceId(), code.roles(), now);
            }
            Devices.useCode(c, codeHash, request.deviceId(), now);
            return new Enrolled(new EnrollmentResponse(request.deviceId(), request.siteCode(), code.roles(), key.keyId(),
                    now.toString()), created);
        });
        LOG.info("device {} {} at site {} with key {}, roles {}", request.deviceId(),
                enrolled.created() ? "enrolled" : "enrolled again", request.siteCode(), key.keyId(), enrolled.response().roles());
        return enrolled;
    }

    /** Codes are compared without case, spaces or dashes, so a code read aloud still matches. */
    static String hash(String code) {
        String normal = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return Sha256.digest("madang.enrollment-code\n" + normal).hex();
    }
}
