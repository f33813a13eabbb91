package org.madang.device.token;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.madang.journal.signing.Ed25519KeyPair;

/** A central key, an issuer, and a verifier whose time and revocations a test sets. */
final class TokenFixture {

    static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    static final String KID = "central-2026";
    static final String MEMBER_ID = "member-8c1f42d0";
    static final String DONG = "1114055000";

    final Ed25519KeyPair central = keyPair(1);
    final Ed25519KeyPair stranger = keyPair(2);
    final TokenIssuer issuer = new TokenIssuer(central, KID);
    final AtomicReference<TimeEvidence> time = new AtomicReference<>(TimeEvidence.trusted(NOW));
    final AtomicReference<Revocations> revocations = new AtomicReference<>(Revocations.NONE);
    final JwtTokenVerifier verifier = new JwtTokenVerifier(Map.of(KID, central.publicKey()), revocations::get,
            time::get, JwtTokenVerifier.DEFAULT_SKEW);

    static Ed25519KeyPair keyPair(int seedByte) {
        byte[] seed = new byte[Ed25519KeyPair.SEED_LENGTH];
        java.util.Arrays.fill(seed, (byte) seedByte);
        return Ed25519KeyPair.ofSeed(seed);
    }

    String member() {
        return issuer.member(MEMBER_ID, DONG, 1951, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(1)));
    }

    String voucher() {
        return issuer.voucher("2026-budget", "V-000123", NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(1)));
    }

    String staff() {
        return issuer.staff("staff-017", "김민지", NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(1)));
    }

    String of(TokenType type) {
        return switch (type) {
            case MEMBER -> member();
            case VOUCHER -> voucher();
            case STAFF -> staff();
        };
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** header.payload signed by {@code key} over exactly those two parts, whatever they say. */
    static String signedRaw(Ed25519KeyPair key, String headerJson, String claimsJson) {
        String input = b64(headerJson) + "." + b64(claimsJson);
        return input + "." + b64(key.sign(input.getBytes(StandardCharsets.US_ASCII)).bytes());
    }

    String signedRaw(String headerJson, String claimsJson) {
        return signedRaw(central, headerJson, claimsJson);
    }

    static String header(String typ) {
        return "{\"alg\":\"EdDSA\",\"kid\":\"" + KID + "\",\"typ\":\"" + typ + "\"}";
    }

    static long seconds(Instant instant) {
        return instant.getEpochSecond();
    }
}
