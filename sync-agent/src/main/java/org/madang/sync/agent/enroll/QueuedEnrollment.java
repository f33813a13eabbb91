package org.madang.sync.agent.enroll;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.sync.Enrollment;
import org.madang.device.sync.EnrollmentFile;
import org.madang.device.sync.EnrollmentQueue;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.sync.agent.central.CentralException;
import org.madang.sync.agent.central.CentralRefusedException;
import org.madang.sync.agent.central.CentralUnavailableException;
import org.madang.sync.agent.http.TlsTrust;
import org.madang.sync.api.enroll.EnrollmentClient;
import org.madang.sync.api.enroll.EnrollmentException;
import org.madang.sync.api.enroll.EnrollmentQr;
import org.madang.sync.api.enroll.EnrollmentQrException;
import org.madang.sync.api.enroll.EnrollmentTicket;
import org.madang.sync.api.tls.PinnedCaException;
import org.madang.sync.api.tls.TlsFailure;
import org.madang.sync.api.wire.ProblemCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes the enrollment {@code device-config provision} queued when the central could not be
 * reached ({@code sync/enrollment-queued.json}), at the start of a pass: with the QR's code and
 * its pinned central key; the queue file goes once {@code enrollment.json} is written. A refusal
 * keeps the file (staff see it in {@code status}) and fails the pass like any refusal.
 */
public final class QueuedEnrollment {

    private static final Logger LOG = LoggerFactory.getLogger(QueuedEnrollment.class);

    private final DeviceProfile profile;
    private final Ed25519KeyPair key;
    private final EnrollmentQueue queue;
    private final EnrollmentFile file;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final Clock clock;
    private final SecureRandom random;
    private final String softwareVersion;
    private final TlsTrust tls;

    /** The queued enrollment of a device's data directory. */
    public QueuedEnrollment(DeviceProfile profile, Ed25519KeyPair key, java.nio.file.Path dataDir, Duration connectTimeout,
            Duration responseTimeout, Clock clock, SecureRandom random, String softwareVersion, TlsTrust tls) {
        this.profile = profile;
        this.key = key;
        this.queue = EnrollmentQueue.in(dataDir);
        this.file = EnrollmentFile.in(dataDir);
        this.connectTimeout = connectTimeout;
        this.responseTimeout = responseTimeout;
        this.clock = clock;
        this.random = random;
        this.softwareVersion = softwareVersion;
        this.tls = tls;
    }

    /**
     * Enrolls if an enrollment is queued.
     *
     * @return the enrollment, or empty when none was queued
     * @throws CentralException when the central is unreachable (the queue stays for the next pass) or refuses
     * @throws IOException when the queue or the enrollment file cannot be read or written
     */
    public Optional<Enrollment> completeIfQueued() throws CentralException, IOException {
        Optional<EnrollmentQueue.Queued> queued = queue.read();
        if (queued.isEmpty()) {
            return Optional.empty();
        }
        EnrollmentTicket ticket;
        try {
            ticket = EnrollmentQr.parse(queued.get().qrText(), clock.instant());
        } catch (EnrollmentQrException e) {
            throw new CentralRefusedException(ProblemCode.ENROLLMENT_CODE_INVALID.status(),
                    Optional.of(ProblemCode.ENROLLMENT_CODE_INVALID), "the queued enrollment (" + queue.file()
                            + ") cannot be used: " + e.getMessage() + "; provision the device again with a new QR");
        }
        URI central = ticket.centralUrl();
        LOG.info("device {}: completing the enrollment queued at {} with {}", profile.deviceId(),
                queued.get().queuedAt(), central);
        Optional<SSLContext> trusted;
        try {
            trusted = tls.current();
        } catch (PinnedCaException e) {
            throw new CentralUnavailableException(TlsFailure.kindOf(e) == TlsFailure.Kind.CERTIFICATE_DATES
                    ? CentralUnavailableException.Kind.CERTIFICATE_DATES
                    : CentralUnavailableException.Kind.UNTRUSTED_CERTIFICATE,
                    "the pinned CA file cannot be used: " + e.getMessage(), Optional.empty(), e);
        }
        try (EnrollmentClient client = new EnrollmentClient(central, connectTimeout, responseTimeout, clock, random,
                trusted)) {
            Enrollment enrollment = new Enroller(client, file).enroll(profile, key, ticket.code(), softwareVersion,
                    Optional.of(ticket.centralKey()));
            queue.delete();
            return Optional.of(enrollment);
        } catch (EnrollmentException e) {
            // The pass logs every failure with its fix (the bundles' unavailable.* and refused texts); only
            // a refusal needs the word that the queue file stays until the device is provisioned again.
            if (e.kind() == EnrollmentException.Kind.REFUSED || e.kind() == EnrollmentException.Kind.WRONG_CENTRAL_KEY) {
                LOG.error("device {}: the central refused the queued enrollment; {} stays until the device is provisioned"
                        + " again: {}", profile.deviceId(), queue.file(), e.getMessage());
            }
            throw EnrollmentFailures.of(e);
        }
    }
}
