package org.madang.kiosk.testing;

import java.time.Instant;
import org.madang.device.token.MemberToken;
import org.madang.device.token.StaffToken;
import org.madang.device.token.TokenCheck;
import org.madang.device.token.TokenRejection;
import org.madang.device.token.TokenType;
import org.madang.device.token.TokenVerifier;

/**
 * Accepts tokens of a plain test format instead of signed JWTs: {@code member:<id>} is a member's
 * code, {@code staff:<id>} a staff card, {@code reject:<REASON>} is refused with that reason, and
 * anything else is {@link TokenRejection#MALFORMED}.
 */
public final class FakeTokenVerifier implements TokenVerifier {

    public static final String KEY_ID = "test-central-key";
    private static final Instant ISSUED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2027-12-31T00:00:00Z");

    private final boolean clockTrusted;

    public FakeTokenVerifier(boolean clockTrusted) {
        this.clockTrusted = clockTrusted;
    }

    public FakeTokenVerifier() {
        this(true);
    }

    /** The scanned text of a member's code. */
    public static String member(String memberId) {
        return "member:" + memberId;
    }

    @Override
    public TokenCheck verify(String scanned, TokenType expected) {
        if (scanned.startsWith("member:") && scanned.length() > "member:".length()) {
            if (expected != TokenType.MEMBER) {
                return new TokenCheck.Rejected(TokenRejection.WRONG_TYPE, "a member code where " + expected + " is needed");
            }
            return new TokenCheck.Accepted(new MemberToken(scanned.substring("member:".length()), "1114055000", 1950,
                    KEY_ID, ISSUED, EXPIRES), clockTrusted);
        }
        if (scanned.startsWith("staff:")) {
            if (expected != TokenType.STAFF) {
                return new TokenCheck.Rejected(TokenRejection.WRONG_TYPE, "a staff card where " + expected + " is needed");
            }
            return new TokenCheck.Accepted(new StaffToken(scanned.substring(6), "Staff", KEY_ID, ISSUED, EXPIRES),
                    clockTrusted);
        }
        if (scanned.startsWith("reject:")) {
            return new TokenCheck.Rejected(TokenRejection.valueOf(scanned.substring(7)), "test rejection");
        }
        return new TokenCheck.Rejected(TokenRejection.MALFORMED, "not a test token");
    }
}
