package org.madang.sync.agent.http;

import java.time.Duration;

/**
 * The HTTP client's limits.
 *
 * @param connectTimeout how long to wait for a TCP (and TLS) connection
 * @param responseTimeout how long to wait for the answer once the request is sent (socket read timeout)
 * @param reuseConnections keep connections open between requests (off: one connection per request,
 *     for networks whose middleboxes break idle connections, and for fault-injection tests)
 */
public record HttpOptions(Duration connectTimeout, Duration responseTimeout, boolean reuseConnections) {

    /** 5 s to connect, 30 s for an answer, keep-alive. */
    public static final HttpOptions DEFAULTS = new HttpOptions(Duration.ofSeconds(5), Duration.ofSeconds(30));

    /** Timeouts with keep-alive. */
    public HttpOptions(Duration connectTimeout, Duration responseTimeout) {
        this(connectTimeout, responseTimeout, true);
    }

    public HttpOptions {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || responseTimeout.isNegative()
                || responseTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive: connect " + connectTimeout + ", response "
                    + responseTimeout);
        }
    }
}
