package org.madang.device.cli;

import java.util.List;
import org.madang.sync.api.enroll.EnrollmentException;
import org.madang.sync.api.enroll.EnrollmentTicket;
import org.madang.sync.api.wire.ProblemCode;

/** Why the central did not enroll the device, in words staff can act on. */
final class EnrollmentRefusal {

    private EnrollmentRefusal() {
    }

    static List<Text> explain(EnrollmentException e, EnrollmentTicket ticket) {
        Text header = Text.of("error.provision.refused", ticket.centralUrl());
        Text reason = switch (e.kind()) {
            case WRONG_CENTRAL_KEY -> Text.of("error.provision.wrong-key", ticket.kid(), ticket.fingerprint());
            case GARBLED_ANSWER -> Text.of("error.provision.garbled");
            case UNTRUSTED_CERTIFICATE -> Text.of("error.provision.untrusted-certificate", ticket.centralUrl(), e.getMessage());
            default -> e.problemCode().map(code -> refusal(code, e.getMessage())).orElse(Text.of("error.provision.refused.other",
                    e.status(), e.getMessage()));
        };
        return List.of(header, reason.indented());
    }

    private static Text refusal(ProblemCode code, String detail) {
        return switch (code) {
            case ENROLLMENT_CODE_INVALID, SITE_MISMATCH, DEVICE_ID_TAKEN, CLOCK_SKEW ->
                Text.of("error.provision.refused." + code.name(), detail);
            default -> Text.of("error.provision.refused.other", code.status(), code.name());
        };
    }
}
