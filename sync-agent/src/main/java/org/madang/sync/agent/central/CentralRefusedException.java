package org.madang.sync.agent.central;

import java.util.Optional;
import org.madang.sync.api.wire.ProblemCode;

/**
 * The central refused a request with a 4xx answer. Retrying the same request will not help until
 * staff fix the cause, which {@link #problemCode()} names (see the agent's staff messages).
 */
public final class CentralRefusedException extends CentralException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final ProblemCode problemCode;
    private final String detail;

    /** A refusal with its HTTP status, its problem code if the answer had a known one, and its detail. */
    public CentralRefusedException(int status, Optional<ProblemCode> problemCode, String detail) {
        super("central refused (HTTP " + status + problemCode.map(c -> " " + c.name()).orElse("") + "): " + detail,
                null);
        this.status = status;
        this.problemCode = problemCode.orElse(null);
        this.detail = detail;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The problem code, when the answer was a problem document with a known code. */
    public Optional<ProblemCode> problemCode() {
        return Optional.ofNullable(problemCode);
    }

    /** The central's sentence. */
    public String detail() {
        return detail;
    }

    @Override
    public String code() {
        return problemCode != null ? problemCode.name() : "HTTP_" + status;
    }
}
