package org.madang.central;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run a central's HTTP server.
 *
 * @param host the address to listen on (loopback unless the operator allows remote access)
 * @param port the port, 0 for any free one
 * @param jdbcUrl the database, or empty for the home's SQLite file
 * @param clock the central's clock (signature windows, code expiry, poll closing)
 */
public record CentralOptions(String host, int port, Optional<String> jdbcUrl, Clock clock) {

    public CentralOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " must be 0 to 65535");
        }
    }

    /** 127.0.0.1, SQLite, the system clock. */
    public static CentralOptions loopback(int port) {
        return new CentralOptions("127.0.0.1", port, Optional.empty(), Clock.systemUTC());
    }

    /** The same options with another clock. */
    public CentralOptions withClock(Clock newClock) {
        return new CentralOptions(host, port, jdbcUrl, newClock);
    }

    /** The same options with another database. */
    public CentralOptions withJdbcUrl(String url) {
        return new CentralOptions(host, port, Optional.of(url), clock);
    }
}
