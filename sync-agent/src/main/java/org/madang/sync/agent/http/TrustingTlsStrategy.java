package org.madang.sync.agent.http;

import java.io.IOException;
import java.net.Socket;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.madang.sync.api.tls.PinnedCaException;

/**
 * TLS for each new connection with whatever {@link TlsTrust} says now: a CA staff pin or replace
 * while the agent runs is used from the next connection on, without a restart. Host names are
 * checked by HttpClient's default policy either way.
 */
final class TrustingTlsStrategy implements TlsSocketStrategy {

    private final TlsTrust trust;
    private SSLContext pinned;
    private TlsSocketStrategy pinnedStrategy;
    private TlsSocketStrategy system;

    TrustingTlsStrategy(TlsTrust trust) {
        this.trust = trust;
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return strategy().upgrade(socket, target, port, attachment, context);
    }

    private synchronized TlsSocketStrategy strategy() throws SSLHandshakeException {
        Optional<SSLContext> current;
        try {
            current = trust.current();
        } catch (PinnedCaException e) {
            // A certificate problem (install the CA again), or a dates one when the CA is out of date by
            // this clock: TlsFailure finds the PinnedCaException among the causes.
            SSLHandshakeException refused = new SSLHandshakeException("the pinned CA file cannot be used: " + e.getMessage());
            refused.initCause(e);
            throw refused;
        }
        if (current.isEmpty()) {
            if (system == null) {
                system = DefaultClientTlsStrategy.createDefault();
            }
            return system;
        }
        if (current.get() != pinned) {
            pinned = current.get();
            pinnedStrategy = new DefaultClientTlsStrategy(pinned);
        }
        return pinnedStrategy;
    }
}
