package org.madang.sync.api.enroll;

import java.util.Objects;
import java.util.Optional;
import org.madang.sync.api.wire.ProblemCode;

/** An enrollment did not happen; {@link #kind()} says whether waiting helps. */
public final class EnrollmentException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** No connection, a reset, or an answer cut short: queue the enrollment and try later. */
        NETWORK,
        /** Connecting or waiting for the answer took longer than the timeout: try later. */
        TIMEOUT,
        /** The central answered 5xx or 429: try later. */
        SERVER_ERROR,
        /** A success status whose body is not the documented answer. */
        GARBLED_ANSWER,
        /** The central refused (used, expired or unknown code, site mismatch, …): see {@link #problemCode()}. */
        REFUSED,
        /** The answer is not signed by the central key the enrollment QR names: another server answered. */
        WRONG_CENTRAL_KEY,
        /**
         * TLS refused the central's certificate (an unknown CA, another host name): install the
         * district's CA on the terminal or correct the URL; waiting will not help.
         */
        UNTRUSTED_CERTIFICATE,
        /**
         * TLS refused the central's certificate for its dates: expired, not valid yet, or this
         * machine's clock is wrong (a terminal before its first time sync). Transient: the clock
         * synchronises, or the central renews its certificate, with nothing to do on the terminal.
         */
        CERTIFICATE_DATES
    }

    private final Kind kind;
    private final int status;
    private final ProblemCode problemCode;

    /** A failure; {@code problemCode} only for {@link Kind#REFUSED} answers that carried one. */
    public EnrollmentException(Kind kind, int status, Optional<ProblemCode> problemCode, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = status;
        this.problemCode = problemCode.orElse(null);
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** The central's problem code, for refusals. */
    public Optional<ProblemCode> problemCode() {
        return Optional.ofNullable(problemCode);
    }

    /**
     * Whether trying again later can succeed: the central was not reached or failed, or its
     * certificate was refused for its dates (the clock syncs, or the central renews it).
     */
    public boolean isTransient() {
        return kind == Kind.NETWORK || kind == Kind.TIMEOUT || kind == Kind.SERVER_ERROR || kind == Kind.CERTIFICATE_DATES;
    }
}
