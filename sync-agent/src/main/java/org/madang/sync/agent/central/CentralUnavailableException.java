package org.madang.sync.agent.central;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** The central did not answer usefully; retrying later with backoff is the remedy. */
public final class CentralUnavailableException extends CentralException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** No connection, a reset, a dropped connection or an answer cut short. */
        NETWORK,
        /** Connecting or waiting for the answer took longer than the timeout. */
        TIMEOUT,
        /** The central answered 5xx (or 429). */
        SERVER_ERROR,
        /** A success status with a body that is not the documented answer. */
        GARBLED_ANSWER,
        /**
         * TLS refused the central's certificate (an unknown CA, another host name): staff install
         * the district's CA ({@code device-config trust-ca}) or correct the URL. Retried with backoff
         * like the rest, so the agent recovers by itself once that is done.
         */
        UNTRUSTED_CERTIFICATE,
        /**
         * TLS refused the central's certificate for its dates: expired, not valid yet, or this
         * terminal's clock is wrong (a Raspberry Pi has no clock of its own before its first time
         * sync). Not a CA to install: staff check the clock, or tell the central's staff.
         */
        CERTIFICATE_DATES
    }

    private final Kind kind;
    private final transient Optional<Duration> retryAfter;

    /** A failure of this kind, with the central's Retry-After if it sent one. */
    public CentralUnavailableException(Kind kind, String message, Optional<Duration> retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** The least wait the central asked for. */
    public Optional<Duration> retryAfter() {
        return retryAfter == null ? Optional.empty() : retryAfter;
    }

    @Override
    public String code() {
        return kind.name();
    }
}
