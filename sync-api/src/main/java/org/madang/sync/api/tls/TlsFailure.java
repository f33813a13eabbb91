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

    private TlsFailure() {
    }

    /**
     * Whether {@code failure} or one of its causes says the central's certificate was not accepted,
     * for whatever reason, its dates included: ask {@link #isCertificateDateProblem} first.
     */
    public static boolean isCertificateProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLPeerUnverifiedException || t instanceof CertificateException
                    || t instanceof CertPathValidatorException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the certificate was refused for its dates: expired or not valid yet. The CA may be
     * right and this machine's clock wrong (a terminal before its first time sync), so staff are
     * told to check the clock before they look for another CA.
     */
    public static boolean isCertificateDateProblem(Throwable failure) {
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
