package org.madang.sync.agent.http;

import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.madang.sync.api.tls.PinnedCaException;

/** Which CAs TLS to the central trusts, asked again for every new connection. */
@FunctionalInterface
public interface TlsTrust {

    /**
     * The pinned CAs' context, or empty for the system's trust store.
     *
     * @throws PinnedCaException when a pinned-CA file is there but cannot be used
     */
    Optional<SSLContext> current() throws PinnedCaException;
}
