package org.madang.sync.api.tls;

import java.nio.file.Path;
import java.util.Objects;

/** A pinned-CA file that cannot be used: which file, what is wrong ({@link Code}) and the detail. */
public final class PinnedCaException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong; each has Korean and English words in the callers' message bundles. */
    public enum Code {
        /** The file does not exist. */
        MISSING,
        /** The file exists but cannot be read. Detail: the I/O error. */
        UNREADABLE,
        /** The file holds no PEM certificate. Detail: the parser's message. */
        NOT_PEM,
        /** A certificate in it is not a CA (no basicConstraints CA:TRUE). Detail: its subject. */
        NOT_A_CA,
        /** A certificate in it has expired. Detail: its subject and end. */
        EXPIRED,
        /** A certificate in it is not valid yet (or this clock is behind). Detail: its subject and start. */
        NOT_YET_VALID
    }

    private final Code code;
    private final transient Path file;
    private final String detail;

    PinnedCaException(Code code, Path file, String detail, Throwable cause) {
        super(code + ": " + file + (detail.isEmpty() ? "" : ": " + detail), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.file = file;
        this.detail = detail;
    }

    /** What is wrong. */
    public Code code() {
        return code;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The detail the code's words take (a subject, a date, an error), or empty. */
    public String detail() {
        return detail;
    }
}
