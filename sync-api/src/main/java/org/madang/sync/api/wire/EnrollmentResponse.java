package org.madang.sync.api.wire;

import java.util.List;
import java.util.Objects;

/** What the central registered: the device, its site, roles and key id. */
public record EnrollmentResponse(String deviceId, String siteCode, List<String> roles, String keyId,
        String enrolledAt) {

    public EnrollmentResponse {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(siteCode, "siteCode");
        roles = List.copyOf(roles);
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
    }
}
