package org.madang.device.token;

import java.time.Instant;
import java.util.Map;
import org.madang.device.profile.DongCode;

/** Typed reading of a token's claims; each problem names the claim, never its value. */
final class Claims {

    /** A claim is missing or of the wrong type or shape. */
    static final class BadClaim extends Exception {
        private static final long serialVersionUID = 1L;

        BadClaim(String message) {
            super(message, null, false, false);
        }
    }

    static final int MAX_TEXT = 128;
    // 9999-12-31T23:59:59Z: beyond it Instant arithmetic with the skew could overflow.
    private static final long MAX_SECONDS = 253_402_300_799L;
    private static final int MIN_BIRTH_YEAR = 1900;
    private static final int MAX_BIRTH_YEAR = 2100;

    private final Map<String, Object> claims;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final Instant notBefore;

    Claims(Map<String, Object> claims) throws BadClaim {
        this.claims = claims;
        this.issuedAt = time("iat");
        this.expiresAt = time("exp");
        this.notBefore = claims.containsKey("nbf") ? time("nbf") : issuedAt;
        if (!expiresAt.isAfter(issuedAt)) {
            throw new BadClaim("exp is not after iat");
        }
    }

    /** The start of the validity window: the later of iat and nbf. */
    Instant validFrom() {
        return notBefore.isAfter(issuedAt) ? notBefore : issuedAt;
    }

    VerifiedToken token(TokenType type, String keyId) throws BadClaim {
        return switch (type) {
            case MEMBER -> new MemberToken(text("sub"), dongCode("dong"), birthYear("by"), keyId, issuedAt, expiresAt);
            case VOUCHER -> new VoucherToken(text("poll"), text("serial"), keyId, issuedAt, expiresAt);
            case STAFF -> new StaffToken(text("sub"), text("name"), keyId, issuedAt, expiresAt);
        };
    }

    private String text(String name) throws BadClaim {
        Object value = claims.get(name);
        if (!(value instanceof String text)) {
            throw new BadClaim(value == null ? "claim " + name + " is missing" : "claim " + name + " is not a string");
        }
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new BadClaim("claim " + name + " is blank or longer than " + MAX_TEXT + " characters");
        }
        return text;
    }

    private String dongCode(String name) throws BadClaim {
        String code = text(name);
        if (!DongCode.isValid(code)) {
            throw new BadClaim("claim " + name + " is not an administrative dong code");
        }
        return code;
    }

    private int birthYear(String name) throws BadClaim {
        long year = integer(name);
        if (year < MIN_BIRTH_YEAR || year > MAX_BIRTH_YEAR) {
            throw new BadClaim("claim " + name + " is not a year between " + MIN_BIRTH_YEAR + " and " + MAX_BIRTH_YEAR);
        }
        return (int) year;
    }

    private Instant time(String name) throws BadClaim {
        long seconds = integer(name);
        if (seconds < 0 || seconds > MAX_SECONDS) {
            throw new BadClaim("claim " + name + " is not a time between 1970 and 9999");
        }
        return Instant.ofEpochSecond(seconds);
    }

    private long integer(String name) throws BadClaim {
        Object value = claims.get(name);
        if (value instanceof Long || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        throw new BadClaim(value == null ? "claim " + name + " is missing" : "claim " + name + " is not an integer");
    }
}
