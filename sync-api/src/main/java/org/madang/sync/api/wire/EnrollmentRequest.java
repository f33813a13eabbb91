package org.madang.sync.api.wire;

import java.util.Objects;

/**
 * {@code POST /api/v1/enrollments}: a device presents a one-time code and its public key (raw
 * 32 bytes, base64url, as a JWK's {@code x}); the request is signed by that key.
 */
public record EnrollmentRequest(String code, String deviceId, String siteCode, String publicKey,
        String softwareVersion) {

    public EnrollmentRequest {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
    }
}
