package org.madang.device.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import org.madang.device.jose.EdDsaSigner;
import org.madang.journal.signing.Ed25519KeyPair;

/**
 * Mints the central's tokens (member QR codes, ballot vouchers, staff cards) with an Ed25519 key:
 * for tests, the demo kit and the reference central. Devices never hold a central key.
 */
public final class TokenIssuer {

    private final EdDsaSigner signer;
    private final String keyId;

    /** @param keyId the {@code kid} the devices know this key by */
    public TokenIssuer(Ed25519KeyPair key, String keyId) {
        this.signer = new EdDsaSigner(key);
        this.keyId = Objects.requireNonNull(keyId, "keyId");
    }

    /** A member's QR token. */
    public String member(String memberId, String dongCode, int birthYear, Instant issuedAt, Instant expiresAt) {
        return sign(TokenType.MEMBER.headerType(), Map.of("sub", memberId, "dong", dongCode, "by", birthYear),
                issuedAt, expiresAt);
    }

    /** A one-time ballot voucher. */
    public String voucher(String pollId, String serial, Instant issuedAt, Instant expiresAt) {
        return sign(TokenType.VOUCHER.headerType(), Map.of("poll", pollId, "serial", serial), issuedAt, expiresAt);
    }

    /** A staff card. */
    public String staff(String staffId, String name, Instant issuedAt, Instant expiresAt) {
        return sign(TokenType.STAFF.headerType(), Map.of("sub", staffId, "name", name), issuedAt, expiresAt);
    }

    /** A token of any {@code typ} with any claims plus iat and exp: tests use it for bad tokens. */
    public String sign(String type, Map<String, ?> claims, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        claims.forEach(builder::claim);
        builder.issueTime(Date.from(issuedAt)).expirationTime(Date.from(expiresAt));
        return sign(type, builder.build());
    }

    /** A token of any {@code typ} with exactly these claims. */
    public String sign(String type, JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(keyId).type(new JOSEObjectType(type)).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("EdDSA signing with a valid key cannot fail", e);
        }
        return jwt.serialize();
    }
}
