package org.madang.device.sync;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.madang.sync.api.wire.EnrollmentResponse;

/**
 * What the central registered when the device enrolled, as kept in {@code sync/enrollment.json}.
 *
 * @param deviceId the device id
 * @param siteCode the site (dong code)
 * @param roles what the central lets the device do
 * @param keyId the enrolled key's id
 * @param enrolledAt the central's ISO-8601 time of enrollment
 * @param centralUrl the central the device enrolled with
 */
public record Enrollment(String deviceId, String siteCode, List<String> roles, String keyId, String enrolledAt,
        String centralUrl) {

    public Enrollment {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(siteCode, "siteCode");
        roles = List.copyOf(roles);
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
        Objects.requireNonNull(centralUrl, "centralUrl");
    }

    /** What the central at {@code centralUrl} answered to an enrollment, to keep. */
    public static Enrollment of(EnrollmentResponse response, URI centralUrl) {
        return new Enrollment(response.deviceId(), response.siteCode(), response.roles(), response.keyId(),
                response.enrolledAt(), centralUrl.toString());
    }
}
