package org.madang.sync.api.enroll;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** An enrollment QR text was refused; {@link #problems()} names every problem found. */
public final class EnrollmentQrException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong; each has a Korean and an English message in the device's bundles. */
    public enum Code {
        /** The text does not start with {@link EnrollmentQr#PREFIX}: another QR code, or none. */
        NOT_AN_ENROLLMENT_CODE,
        /** The text after the prefix is not base64url of a JSON object: cut short or misread. */
        DAMAGED,
        /** A field is missing. */
        MISSING,
        /** A field has a value of the wrong form. */
        INVALID,
        /** The code's expiry time has passed. */
        EXPIRED,
        /** The central URL is neither https nor http to this machine. */
        URL_NOT_HTTPS
    }

    /**
     * One problem.
     *
     * @param code what is wrong
     * @param field the JSON field ({@code ""} for the whole text)
     * @param value the value found, shortened
     * @param expected what was expected
     */
    public record Problem(Code code, String field, String value, String expected) {
        public Problem {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(expected, "expected");
        }
    }

    private final transient List<Problem> problems;

    /** A refusal with at least one problem. */
    public EnrollmentQrException(List<Problem> problems) {
        super(problems.stream().map(p -> p.code() + (p.field().isEmpty() ? "" : " " + p.field()) + " '" + p.value()
                + "' (expected " + p.expected() + ")").collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the fields. */
    public List<Problem> problems() {
        return problems;
    }
}
