package org.madang.kiosk.setup;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.madang.sync.api.tls.PinnedCa;
import org.madang.sync.api.tls.TlsFailure;

/**
 * The set-up check's connection to the central, made as the sync agent will make it: a TCP
 * connection for {@code http}, and for {@code https} a TLS handshake that checks the certificate
 * against the pinned CA (or the system's trust store) and the host name. So a district CA that
 * was never installed shows on the check list at set-up, not days later as a terminal that never
 * uploads.
 */
public final class CentralConnection implements TerminalChecks.CentralProbe {

    private final Duration timeout;

    /** Gives up on the central after {@code timeout} (to connect, and again to finish the handshake). */
    public CentralConnection(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public Reach reach(URI central, Optional<PinnedCa> pinned) {
        boolean tls = "https".equalsIgnoreCase(central.getScheme());
        int port = central.getPort() != -1 ? central.getPort() : tls ? 443 : 80;
        int millis = Math.toIntExact(timeout.toMillis());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(central.getHost(), port), millis);
            if (tls) {
                socket.setSoTimeout(millis);
                handshake(socket, central.getHost(), port, pinned);
            }
            return Reach.REACHABLE;
        } catch (IOException | IllegalArgumentException e) {
            return TlsFailure.isCertificateProblem(e) ? Reach.UNTRUSTED : Reach.UNREACHABLE;
        }
    }

    private static void handshake(Socket connected, String host, int port, Optional<PinnedCa> pinned) throws IOException {
        SSLContext context;
        try {
            context = pinned.isPresent() ? pinned.get().sslContext() : SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK's default TLS context is always available", e);
        }
        // Layered on the connected socket so the connect timeout above applies; the host name
        // given here is the one SNI sends and the endpoint check compares the certificate with.
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(connected, host, port, false)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.startHandshake();
        }
    }
}
