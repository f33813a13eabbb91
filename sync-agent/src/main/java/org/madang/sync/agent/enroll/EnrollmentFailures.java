package org.madang.sync.agent.enroll;

import java.util.Optional;
import org.madang.sync.agent.central.CentralException;
import org.madang.sync.agent.central.CentralRefusedException;
import org.madang.sync.agent.central.CentralUnavailableException;
import org.madang.sync.api.enroll.EnrollmentException;

/**
 * The shared enrollment client's failures as the agent's own, so the enrollment is explained to
 * staff, logged, backed off from and recorded in {@code state.json} like every other request.
 */
public final class EnrollmentFailures {

    private EnrollmentFailures() {
    }

    /** The agent's exception for an enrollment failure. */
    public static CentralException of(EnrollmentException e) {
        return switch (e.kind()) {
            case NETWORK -> unavailable(CentralUnavailableException.Kind.NETWORK, e);
            case TIMEOUT -> unavailable(CentralUnavailableException.Kind.TIMEOUT, e);
            case SERVER_ERROR -> unavailable(CentralUnavailableException.Kind.SERVER_ERROR, e);
            case GARBLED_ANSWER -> unavailable(CentralUnavailableException.Kind.GARBLED_ANSWER, e);
            case UNTRUSTED_CERTIFICATE -> unavailable(CentralUnavailableException.Kind.UNTRUSTED_CERTIFICATE, e);
            case CERTIFICATE_DATES -> unavailable(CentralUnavailableException.Kind.CERTIFICATE_DATES, e);
            case REFUSED -> new CentralRefusedException(e.status(), e.problemCode(), e.getMessage());
            // Not a central problem code: staff read the detail, which names the expected key's fingerprint.
            case WRONG_CENTRAL_KEY -> new CentralRefusedException(e.status(), Optional.empty(), e.getMessage());
        };
    }

    private static CentralUnavailableException unavailable(CentralUnavailableException.Kind kind, EnrollmentException e) {
        return new CentralUnavailableException(kind, e.getMessage(), Optional.empty(), e);
    }
}
