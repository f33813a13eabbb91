package org.madang.device.token;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.madang.device.jose.CompactJws;
import org.madang.device.jose.MalformedJwsException;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.TrustedKey;
import org.madang.journal.signing.Ed25519PublicKey;

/**
 * Checks the central's JWTs offline: compact JWS, {@code alg: EdDSA} only, a trusted {@code kid},
 * {@code typ} = the expected {@link TokenType}, typed claims, the validity window with skew and the
 * untrusted-clock rule of docs/decisions/0005-token-time-rules.md, then the revocation list.
 *
 * <p>The checks run in that order and the first failure is the answer. Nothing is thrown for any
 * input, and no detail string repeats the token or a member id. Thread-safe if the suppliers are.
 */
public final class JwtTokenVerifier implements TokenVerifier {

    /** The longest input looked at; a QR code of ours is well under 1,000 characters. */
    public static final int MAX_TOKEN_CHARS = 4096;
    /** How far apart the central's clock and ours may be. */
    public static final Duration DEFAULT_SKEW = Duration.ofSeconds(120);

    private final Map<String, Ed25519PublicKey> keys;
    private final Supplier<Revocations> revocations;
    private final Supplier<TimeEvidence> time;
    private final Duration skew;

    /**
     * @param keys trusted central keys by {@code kid}
     * @param revocations the current revocation list (it changes when new content is installed)
     * @param time the clock reading and its trust, asked once per check
     * @param skew clock difference tolerated on both ends of the validity window
     */
    public JwtTokenVerifier(Map<String, Ed25519PublicKey> keys, Supplier<Revocations> revocations,
            Supplier<TimeEvidence> time, Duration skew) {
        this.keys = Map.copyOf(keys);
        this.revocations = Objects.requireNonNull(revocations, "revocations");
        this.time = Objects.requireNonNull(time, "time");
        if (skew.isNegative() || skew.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("skew must be between 0 and 1 hour, got " + skew);
        }
        this.skew = skew;
    }

    /** A verifier trusting the profile's central keys, with the default skew. */
    public static JwtTokenVerifier forProfile(DeviceProfile profile, Supplier<Revocations> revocations,
            Supplier<TimeEvidence> time) {
        Map<String, Ed25519PublicKey> keys = new LinkedHashMap<>();
        for (TrustedKey key : profile.trustedCentralKeys()) {
            keys.put(key.kid(), key.key());
        }
        return new JwtTokenVerifier(keys, revocations, time, DEFAULT_SKEW);
    }

    @Override
    public TokenCheck verify(String scanned, TokenType expected) {
        try {
            return check(scanned, expected);
        } catch (RuntimeException | StackOverflowError e) {
            // The contract is an answer for every input; a parser bug must not take the kiosk down.
            // StackOverflowError: a last guard against nested JSON (Nimbus's Gson stops at 255 levels).
            return rejected(TokenRejection.MALFORMED, "unreadable (" + e.getClass().getSimpleName() + ")");
        }
    }

    private TokenCheck check(String scanned, TokenType expected) {
        Objects.requireNonNull(expected, "expected");
        CompactJws jws;
        try {
            jws = CompactJws.parse(scanned, MAX_TOKEN_CHARS);
        } catch (MalformedJwsException e) {
            return rejected(TokenRejection.MALFORMED, e.getMessage());
        }
        switch (jws.checkSignature(keys)) {
            case ALGORITHM_REFUSED -> {
                return rejected(TokenRejection.SIGNATURE_INVALID, "algorithm refused: only EdDSA without crit is accepted");
            }
            case KEY_ID_MISSING -> {
                return rejected(TokenRejection.UNKNOWN_KEY, "no kid in the header");
            }
            case KEY_UNKNOWN -> {
                return rejected(TokenRejection.UNKNOWN_KEY, "kid is not a trusted central key");
            }
            case SIGNATURE_INVALID -> {
                return rejected(TokenRejection.SIGNATURE_INVALID, "signature does not verify");
            }
            case VALID -> {
                // go on
            }
        }
        String type = jws.headerText("typ").orElse("");
        if (!type.equals(expected.headerType())) {
            return rejected(TokenRejection.WRONG_TYPE,
                    "typ is not " + expected.headerType() + (isKnownType(type) ? " but " + type : ""));
        }
        String kid = jws.headerText("kid").orElseThrow();
        Map<String, Object> claims;
        try {
            claims = JSONObjectUtils.parse(new String(jws.payload(), StandardCharsets.UTF_8));
        } catch (ParseException e) {
            return rejected(TokenRejection.MALFORMED, "claims are not a JSON object");
        }
        VerifiedToken token;
        Instant validFrom;
        try {
            Claims read = new Claims(claims);
            token = read.token(expected, kid);
            validFrom = read.validFrom();
        } catch (Claims.BadClaim e) {
            return rejected(TokenRejection.MALFORMED, e.getMessage());
        }
        TimeEvidence evidence = time.get();
        Instant effectiveNow = evidence.effectiveNow();
        if (token.expiresAt().plus(skew).isBefore(effectiveNow)) {
            return rejected(TokenRejection.EXPIRED, "expired at " + token.expiresAt() + ", now " + effectiveNow
                    + (evidence.trusted() ? "" : " (untrusted clock, at least the newest trusted time)")
                    + ", skew " + skew.toSeconds() + " s");
        }
        if (evidence.trusted() && validFrom.minus(skew).isAfter(evidence.now())) {
            return rejected(TokenRejection.NOT_YET_VALID, "valid from " + validFrom + ", now " + evidence.now()
                    + ", skew " + skew.toSeconds() + " s");
        }
        // An untrusted clock that is behind makes a fresh token look future-dated: accepted, and
        // marked so the record is flagged and the central re-checks it.
        if (revocations.get().revokes(token)) {
            return rejected(TokenRejection.REVOKED, expected.headerType() + " token is on the revocation list");
        }
        return new TokenCheck.Accepted(token, evidence.trusted());
    }

    private static boolean isKnownType(String type) {
        for (TokenType known : TokenType.values()) {
            if (known.headerType().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static TokenCheck rejected(TokenRejection reason, String detail) {
        return new TokenCheck.Rejected(reason, detail);
    }
}
