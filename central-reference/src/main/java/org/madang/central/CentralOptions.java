package org.madang.central;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.madang.central.ingest.SignaturePolicy;

/**
 * How to run a central's HTTP server.
 *
 * @param host the address to listen on (loopback unless the operator allows remote access)
 * @param port the port, 0 for any free one
 * @param jdbcUrl the database, or empty for the home's SQLite file
 * @param clock the central's clock (signature windows, code expiry, poll closing)
 * @param maxConcurrentUploads uploads processed at once; more are answered 503 with Retry-After,
 *     so that a whole district coming back online after an outage cannot exhaust the database
 * @param signatures which record signatures are verified at ingest (chain heads unless told otherwise)
 */
public record CentralOptions(String host, int port, Optional<String> jdbcUrl, Clock clock, int maxConcurrentUploads,
        SignaturePolicy signatures) {

    /** Uploads at once unless told otherwise: enough to keep a 2-core server busy. */
    public static final int DEFAULT_MAX_CONCURRENT_UPLOADS = 16;

    /** Options with the default upload limit. */
    public CentralOptions(String host, int port, Optional<String> jdbcUrl, Clock clock) {
        this(host, port, jdbcUrl, clock, DEFAULT_MAX_CONCURRENT_UPLOADS);
    }

    /** Options that verify chain heads' signatures. */
    public CentralOptions(String host, int port, Optional<String> jdbcUrl, Clock clock, int maxConcurrentUploads) {
        this(host, port, jdbcUrl, clock, maxConcurrentUploads, SignaturePolicy.CHAIN_HEAD);
    }

    public CentralOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(signatures, "signatures");
        if (maxConcurrentUploads < 1) {
            throw new IllegalArgumentException("maxConcurrentUploads must be at least 1, got " + maxConcurrentUploads);
        }
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
        return new CentralOptions(host, port, jdbcUrl, newClock, maxConcurrentUploads, signatures);
    }

    /** The same options with another signature policy. */
    public CentralOptions withSignatures(SignaturePolicy policy) {
        return new CentralOptions(host, port, jdbcUrl, clock, maxConcurrentUploads, policy);
    }

    /** The same options with another database. */
    public CentralOptions withJdbcUrl(String url) {
        return new CentralOptions(host, port, Optional.of(url), clock, maxConcurrentUploads, signatures);
    }
}
