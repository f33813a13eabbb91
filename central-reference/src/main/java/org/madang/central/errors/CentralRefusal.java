package org.madang.central.errors;

import java.util.Objects;
import org.madang.sync.api.wire.Problem;
import org.madang.sync.api.wire.ProblemCode;

/**
 * The central refuses a request as a whole (not a record of it): the HTTP layer answers the
 * problem document, the command line prints the detail. Nothing was changed.
 */
public final class CentralRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemCode code;

    /** A refusal with its stable code and a sentence naming what is wrong and what to do. */
    public CentralRefusal(ProblemCode code, String detail) {
        super(detail);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable code. */
    public ProblemCode code() {
        return code;
    }

    /** The problem document to answer. */
    public Problem problem() {
        return Problem.of(code, getMessage());
    }
}
