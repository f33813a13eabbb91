package org.madang.sync.api.auth;

import org.madang.sync.api.wire.ProblemCode;

/** A request the central refuses to authenticate, with the problem code it answers. */
public final class AuthException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ProblemCode code;

    /** A refusal with its code and a sentence. */
    public AuthException(ProblemCode code, String message) {
        super(message);
        this.code = code;
    }

    static AuthException signature(String message) {
        return new AuthException(ProblemCode.SIGNATURE_INVALID, message);
    }

    /** The code to answer with. */
    public ProblemCode code() {
        return code;
    }
}
