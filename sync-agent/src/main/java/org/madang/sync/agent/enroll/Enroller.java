package org.madang.sync.agent.enroll;

import java.io.IOException;
import org.madang.device.profile.DeviceProfile;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.sync.agent.central.CentralClient;
import org.madang.sync.agent.central.CentralException;
import org.madang.sync.agent.central.ClockMeasurement;
import org.madang.sync.api.wire.EnrollmentRequest;
import org.madang.sync.api.wire.EnrollmentResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrols the device with a one-time code: measures the clock (a fresh Pi's clock may be far off),
 * then posts the device id, site and public key, signed by that key (proof of possession).
 */
public final class Enroller {

    private static final Logger LOG = LoggerFactory.getLogger(Enroller.class);

    private final CentralClient central;
    private final EnrollmentFile file;

    /** An enroller writing {@code file}. */
    public Enroller(CentralClient central, EnrollmentFile file) {
        this.central = central;
        this.file = file;
    }

    /**
     * Enrols and writes the enrollment file.
     *
     * @throws CentralException if the central is unreachable or refuses (the file is unchanged)
     * @throws IOException if the file cannot be written (the central did enrol the device: run again)
     */
    public Enrollment enroll(DeviceProfile profile, Ed25519KeyPair key, String code, String softwareVersion)
            throws CentralException, IOException {
        ClockMeasurement clock = central.measureClock();
        LOG.info("device {}: clock offset to the central {} ms (round trip {} ms)", profile.deviceId(),
                clock.offsetMillis(), clock.roundTripMillis());
        EnrollmentResponse response = central.enroll(new EnrollmentRequest(code, profile.deviceId(),
                profile.site().dongCode(), key.publicKey().jwkX(), softwareVersion));
        Enrollment enrollment = new Enrollment(response.deviceId(), response.siteCode(), response.roles(),
                response.keyId(), response.enrolledAt(), profile.centralUrl().toString());
        file.write(enrollment);
        LOG.info("device {}: enrolled as {} at site {} with key {}", profile.deviceId(), response.deviceId(),
                response.siteCode(), response.keyId());
        return enrollment;
    }
}
