package org.madang.sync.api.tls;

import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Tells a TLS failure over the central's certificate from a network failure. A certificate from
 * an unknown CA or for another host name is a configuration problem staff must fix (install the
 * district's CA, or correct the URL); one refused for its dates is a clock to check or a renewal
 * to wait for. A handshake that fails for any other reason (the connection dropped, no common
 * cipher, a server alert) is neither: the JDK wraps certificate verdicts, and only those, in a
 * certificate or path exception.
 */
public final class TlsFailure {

    /** What a failure says of the central's certificate. */
    public enum Kind {
        /**
         * Refused for its dates: expired or not valid yet. The CA may be right and this machine's
         * clock wrong (a terminal before its first time sync): staff check the clock first.
         */
        CERTIFICATE_DATES,
        /** Refused otherwise (an unknown CA, another host name, an unusable pinned CA): staff fix the trust. */
        UNTRUSTED_CERTIFICATE,
        /** Not about the certificate: the network, a dropped handshake, a timeout. */
        NOT_THE_CERTIFICATE
    }

    private TlsFailure() {
    }

    /** What {@code failure} and its causes say of the central's certificate; dates win over the rest. */
    public static Kind kindOf(Throwable failure) {
        if (isDateProblem(failure)) {
            return Kind.CERTIFICATE_DATES;
        }
        return isCertificateProblem(failure) ? Kind.UNTRUSTED_CERTIFICATE : Kind.NOT_THE_CERTIFICATE;
    }

    private static boolean isCertificateProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLPeerUnverifiedException || t instanceof CertificateException
                    || t instanceof CertPathValidatorException || t instanceof PinnedCaException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDateProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException) {
                return true;
            }
            if (t instanceof CertPathValidatorException path
                    && (path.getReason() == BasicReason.EXPIRED || path.getReason() == BasicReason.NOT_YET_VALID)) {
                return true;
            }
            // The pinned CA itself, checked against this machine's clock when it is loaded.
            if (t instanceof PinnedCaException pinned && (pinned.code() == PinnedCaException.Code.EXPIRED
                    || pinned.code() == PinnedCaException.Code.NOT_YET_VALID)) {
                return true;
            }
        }
        return false;
    }
}
