package org.madang.kiosk.ui.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.madang.device.token.MemberToken;
import org.madang.device.token.StaffToken;
import org.madang.device.token.TokenCheck;
import org.madang.device.token.TokenRejection;
import org.madang.device.token.TokenType;
import org.madang.device.token.TokenVerifier;

/**
 * Accepts made-up codes for demonstrations: {@code DEMO-MEMBER-<id>} is a member,
 * {@code DEMO-STAFF-<name>} a staff card, {@code DEMO-EXPIRED-...} an expired code; anything else
 * is malformed. Replaced by the real JWT verifier when the lead wires it.
 */
public final class DemoTokenVerifier implements TokenVerifier {

    private final Clock clock;

    public DemoTokenVerifier(Clock clock) {
        this.clock = clock;
    }

    @Override
    public TokenCheck verify(String scanned, TokenType expected) {
        Instant now = clock.instant();
        Instant later = now.plus(Duration.ofMinutes(5));
        if (scanned.startsWith("DEMO-EXPIRED-")) {
            return new TokenCheck.Rejected(TokenRejection.EXPIRED, "demo code marked expired");
        }
        if (scanned.startsWith("DEMO-STAFF-")) {
            return expected == TokenType.STAFF
                    ? new TokenCheck.Accepted(new StaffToken("demo-staff", scanned.substring(11), "demo", now, later), true)
                    : new TokenCheck.Rejected(TokenRejection.WRONG_TYPE, "staff card where " + expected + " expected");
        }
        if (scanned.startsWith("DEMO-MEMBER-")) {
            return expected == TokenType.MEMBER
                    ? new TokenCheck.Accepted(new MemberToken(scanned.substring(12), "1114055000", 1956, "demo", now,
                            later), true)
                    : new TokenCheck.Rejected(TokenRejection.WRONG_TYPE, "member code where " + expected + " expected");
        }
        return new TokenCheck.Rejected(TokenRejection.MALFORMED, "not a demo code");
    }
}
