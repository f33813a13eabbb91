package org.madang.kiosk.setup;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

    private static final Duration LONGEST = Duration.ofMinutes(1);

    private final Duration timeout;

    /**
     * Gives up on the central after {@code timeout} to connect, and after {@code timeout} again to
     * finish the handshake (however slowly the other end trickles bytes).
     *
     * @throws IllegalArgumentException unless the timeout is positive and at most a minute
     */
    public CentralConnection(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("the central check's timeout must be between 1 ms and 1 min, got " + timeout);
        }
        this.timeout = timeout;
    }

    @Override
    public Reach reach(URI central, Optional<PinnedCa> pinned) {
        boolean tls = "https".equalsIgnoreCase(central.getScheme());
        int port = central.getPort() != -1 ? central.getPort() : tls ? 443 : 80;
        int millis = Math.toIntExact(timeout.toMillis());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(central.getHost(), port), millis);
            if (tls) {
                handshake(socket, central.getHost(), port, pinned);
            }
            return Reach.REACHABLE;
        } catch (IOException | IllegalArgumentException e) {
            return switch (TlsFailure.kindOf(e)) {
                case CERTIFICATE_DATES -> Reach.DATE_REFUSED;
                case UNTRUSTED_CERTIFICATE -> Reach.UNTRUSTED;
                case NOT_THE_CERTIFICATE -> Reach.UNREACHABLE;
            };
        }
    }

    private void handshake(Socket connected, String host, int port, Optional<PinnedCa> pinned) throws IOException {
        SSLContext context;
        try {
            context = pinned.isPresent() ? pinned.get().sslContext() : SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK's default TLS context is always available", e);
        }
        // A read timeout would bound each read only: a peer sending a byte a second would hold the
        // check list for ever. Closing the socket at the deadline ends the handshake whatever it waits for.
        CountDownLatch finished = new CountDownLatch(1);
        Thread.ofVirtual().name("central-check-deadline").start(() -> {
            try {
                if (!finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    connected.close();
                }
            } catch (InterruptedException | IOException e) {
                // Nothing to close, or already closed.
            }
        });
        // Layered on the connected socket, so the connect timeout above applies; autoClose, so
        // closing it does not wait for the server's close_notify. The host name given here is the
        // one SNI sends and the endpoint check compares the certificate with.
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(connected, host, port, true)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.startHandshake();
        } finally {
            finished.countDown();
        }
    }
}
