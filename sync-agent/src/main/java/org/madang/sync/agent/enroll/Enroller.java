package org.madang.sync.agent.enroll;

import java.io.IOException;
import java.util.Optional;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.sync.Enrollment;
import org.madang.device.sync.EnrollmentFile;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.sync.api.enroll.EnrollmentClient;
import org.madang.sync.api.enroll.EnrollmentException;
import org.madang.sync.api.wire.EnrollmentRequest;
import org.madang.sync.api.wire.EnrollmentResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrols the device with a one-time code through sync-api's {@link EnrollmentClient} (the same
 * request {@code device-config provision} sends) and writes {@code sync/enrollment.json}.
 */
public final class Enroller {

    private static final Logger LOG = LoggerFactory.getLogger(Enroller.class);

    private final EnrollmentClient central;
    private final EnrollmentFile file;

    /** An enroller writing {@code file}. */
    public Enroller(EnrollmentClient central, EnrollmentFile file) {
        this.central = central;
        this.file = file;
    }

    /**
     * Enrols and writes the enrollment file.
     *
     * @param centralKey the key the central's answer must be signed with (a queued enrollment's
     *     QR key), or empty for a hand-typed code
     * @throws EnrollmentException if the central is unreachable, refuses, or is not the pinned one (the file is unchanged)
     * @throws IOException if the file cannot be written (the central did enrol the device: run again)
     */
    public Enrollment enroll(DeviceProfile profile, Ed25519KeyPair key, String code, String softwareVersion,
            Optional<Ed25519PublicKey> centralKey) throws EnrollmentException, IOException {
        EnrollmentClient.Enrolled enrolled = central.enroll(new EnrollmentRequest(code, profile.deviceId(),
                profile.site().dongCode(), key.publicKey().jwkX(), softwareVersion), key, centralKey);
        LOG.info("device {}: clock offset to the central {} ms", profile.deviceId(), enrolled.clockOffsetMillis());
        EnrollmentResponse response = enrolled.response();
        Enrollment enrollment = Enrollment.of(response, profile.centralUrl());
        file.write(enrollment);
        LOG.info("device {}: enrolled as {} at site {} with key {}", profile.deviceId(), response.deviceId(),
                response.siteCode(), response.keyId());
        return enrollment;
    }
}
