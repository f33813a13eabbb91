package org.madang.sync.api.wire;

import java.util.Objects;

/**
 * An RFC 9457 problem document with Madang's stable {@code code}:
 * {@code {"type","title","status","code","detail"}}.
 */
public record Problem(String type, String title, int status, ProblemCode code, String detail) {

    /** The base of every problem type URI. */
    public static final String TYPE_BASE = "https://madang.org/problems/";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    /** A problem with its code's status and type. */
    public static Problem of(ProblemCode code, String detail) {
        return new Problem(TYPE_BASE + code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                code.name(), code.status(), code, detail);
    }
}
