package org.madang.device.token;

import java.util.Objects;

/** The outcome of checking a scanned token: accepted, or rejected with a reason. */
public sealed interface TokenCheck {

    /**
     * The token is valid.
     *
     * @param clockTrusted whether the device's clock was trusted when the validity window was checked
     */
    record Accepted(VerifiedToken token, boolean clockTrusted) implements TokenCheck {
        public Accepted {
            Objects.requireNonNull(token, "token");
        }
    }

    /**
     * The token is refused.
     *
     * @param detail a technical sentence for the log (never shown to residents; never contains the raw token)
     */
    record Rejected(TokenRejection reason, String detail) implements TokenCheck {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
