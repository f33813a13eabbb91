package org.madang.sync.api.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** The JDK's handshake failures as it wraps them: a certificate verdict, its dates, or not a certificate at all. */
class TlsFailureTest {

    private static SSLHandshakeException handshakeFailedBecause(Throwable cause) {
        SSLHandshakeException failure = new SSLHandshakeException("PKIX path validation failed");
        failure.initCause(new IllegalStateException("validator", cause));
        return failure;
    }

    @Test
    void anExpiredOrNotYetValidCertificateIsACertificateProblemOfItsDates() {
        for (Throwable cause : new Throwable[] {
                new CertPathValidatorException("validity check failed", null, null, -1, BasicReason.EXPIRED),
                new CertPathValidatorException("validity check failed", null, null, -1, BasicReason.NOT_YET_VALID),
                new CertificateExpiredException("NotAfter: 2025-01-01"),
                new CertificateNotYetValidException("NotBefore: 2027-01-01")}) {
            SSLHandshakeException failure = handshakeFailedBecause(cause);

            assertThat(TlsFailure.kindOf(failure)).as(cause.toString()).isEqualTo(TlsFailure.Kind.CERTIFICATE_DATES);
        }
    }

    @Test
    void anUnusablePinnedCaIsACertificateProblemAndOneOutOfDateByThisClockAProblemOfItsDates() {
        for (PinnedCaException.Code code : PinnedCaException.Code.values()) {
            SSLHandshakeException failure = new SSLHandshakeException("the pinned CA file cannot be used");
            failure.initCause(new PinnedCaException(code, java.nio.file.Path.of("central-ca.pem"), "", null));

            boolean dates = code == PinnedCaException.Code.EXPIRED || code == PinnedCaException.Code.NOT_YET_VALID;
            assertThat(TlsFailure.kindOf(failure)).as(code.name())
                    .isEqualTo(dates ? TlsFailure.Kind.CERTIFICATE_DATES : TlsFailure.Kind.UNTRUSTED_CERTIFICATE);
        }
    }

    @Test
    void anUnknownCaIsACertificateProblemButNotOfItsDates() {
        SSLHandshakeException failure = handshakeFailedBecause(new CertPathValidatorException(
                "Path does not chain with any of the trust anchors", null, null, -1, BasicReason.UNSPECIFIED));

        assertThat(TlsFailure.kindOf(failure)).isEqualTo(TlsFailure.Kind.UNTRUSTED_CERTIFICATE);
    }

    @Test
    void aHandshakeThatDroppedIsNeitherACertificateNorADateProblem() {
        SSLHandshakeException failure = new SSLHandshakeException("Remote host terminated the handshake");
        failure.initCause(new EOFException("SSL peer shut down incorrectly"));

        assertThat(TlsFailure.kindOf(failure)).isEqualTo(TlsFailure.Kind.NOT_THE_CERTIFICATE);
    }
}
