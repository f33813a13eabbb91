package org.madang.device.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madang.device.token.TokenFixture.DONG;
import static org.madang.device.token.TokenFixture.KID;
import static org.madang.device.token.TokenFixture.MEMBER_ID;
import static org.madang.device.token.TokenFixture.NOW;
import static org.madang.device.token.TokenFixture.b64;
import static org.madang.device.token.TokenFixture.header;
import static org.madang.device.token.TokenFixture.seconds;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class JwtTokenVerifierTest {

    private final TokenFixture fixture = new TokenFixture();

    private TokenCheck verify(String token, TokenType expected) {
        return fixture.verifier.verify(token, expected);
    }

    private static TokenRejection reason(TokenCheck check) {
        assertThat(check).isInstanceOf(TokenCheck.Rejected.class);
        TokenCheck.Rejected rejected = (TokenCheck.Rejected) check;
        assertThat(rejected.detail()).doesNotContain(MEMBER_ID);
        return rejected.reason();
    }

    @ParameterizedTest
    @EnumSource(TokenType.class)
    void acceptsAValidTokenOfEachType(TokenType type) {
        TokenCheck check = verify(fixture.of(type), type);

        assertThat(check).isInstanceOf(TokenCheck.Accepted.class);
        TokenCheck.Accepted accepted = (TokenCheck.Accepted) check;
        assertThat(accepted.clockTrusted()).isTrue();
        assertThat(accepted.token().keyId()).isEqualTo(KID);
        assertThat(accepted.token().expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void readsEveryClaimOfAMemberToken() {
        TokenCheck.Accepted accepted = (TokenCheck.Accepted) verify(fixture.member(), TokenType.MEMBER);

        assertThat(accepted.token()).isEqualTo(new MemberToken(MEMBER_ID, DONG, 1951, KID,
                NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void readsEveryClaimOfVoucherAndStaffTokens() {
        assertThat(((TokenCheck.Accepted) verify(fixture.voucher(), TokenType.VOUCHER)).token())
                .isEqualTo(new VoucherToken("2026-budget", "V-000123", KID, NOW.minus(Duration.ofHours(1)),
                        NOW.plus(Duration.ofDays(1))));
        assertThat(((TokenCheck.Accepted) verify(fixture.staff(), TokenType.STAFF)).token())
                .isEqualTo(new StaffToken("staff-017", "김민지", KID, NOW.minus(Duration.ofHours(1)),
                        NOW.plus(Duration.ofDays(1))));
    }

    static Stream<Arguments> validityWindowEdges() {
        // iat and exp relative to NOW in seconds, expected outcome (null = accepted); skew is 120 s.
        return Stream.of(
                Arguments.of("expired a day ago", -86_400 * 2, -86_400, TokenRejection.EXPIRED),
                Arguments.of("expired exactly 120 s ago: inside the skew", -3600, -120, null),
                Arguments.of("expired 121 s ago: outside the skew", -3600, -121, TokenRejection.EXPIRED),
                Arguments.of("expires in 1 s", -3600, 1, null),
                Arguments.of("issued exactly 120 s in the future: inside the skew", 120, 3600, null),
                Arguments.of("issued 121 s in the future: outside the skew", 121, 3600, TokenRejection.NOT_YET_VALID),
                Arguments.of("issued tomorrow", 86_400, 86_400 * 2, TokenRejection.NOT_YET_VALID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validityWindowEdges")
    void appliesTheValidityWindowWithSkewOnATrustedClock(String name, int iatOffset, int expOffset,
            TokenRejection expected) {
        String token = fixture.issuer.member(MEMBER_ID, DONG, 1951, NOW.plusSeconds(iatOffset), NOW.plusSeconds(expOffset));

        TokenCheck check = verify(token, TokenType.MEMBER);

        if (expected == null) {
            assertThat(check).as(name).isInstanceOf(TokenCheck.Accepted.class);
        } else {
            assertThat(reason(check)).as(name).isEqualTo(expected);
        }
    }

    @Test
    void nbfLaterThanIatDelaysValidity() {
        String token = fixture.signedRaw(header("member"), "{\"sub\":\"" + MEMBER_ID + "\",\"dong\":\"" + DONG
                + "\",\"by\":1951,\"iat\":" + seconds(NOW.minusSeconds(3600)) + ",\"nbf\":" + seconds(NOW.plusSeconds(600))
                + ",\"exp\":" + seconds(NOW.plusSeconds(7200)) + "}");

        assertThat(reason(verify(token, TokenType.MEMBER))).isEqualTo(TokenRejection.NOT_YET_VALID);
    }

    static Stream<Arguments> untrustedClockCases() {
        Instant epoch = Instant.parse("1970-01-01T00:00:30Z");
        // clock reading, newest trusted time seen, iat, exp, expected (null = accepted with clockTrusted=false)
        return Stream.of(
                Arguments.of("Pi booted at 1970, fresh token: accepted, marked untrusted", epoch, NOW,
                        NOW.minusSeconds(3600), NOW.plusSeconds(86_400), null),
                Arguments.of("Pi booted at 1970, token expired before the newest trusted time", epoch, NOW,
                        NOW.minusSeconds(86_400 * 2), NOW.minusSeconds(86_400), TokenRejection.EXPIRED),
                Arguments.of("expired exactly skew before the newest trusted time: still accepted", epoch, NOW,
                        NOW.minusSeconds(86_400), NOW.minusSeconds(120), null),
                Arguments.of("clock behind, token issued after the newest trusted time: accepted", NOW.minusSeconds(86_400),
                        NOW.minusSeconds(86_400 * 2), NOW.minusSeconds(60), NOW.plusSeconds(86_400), null),
                Arguments.of("clock ahead and untrusted: expiry still judged by it", NOW.plusSeconds(86_400 * 3),
                        NOW, NOW.minusSeconds(60), NOW.plusSeconds(86_400), TokenRejection.EXPIRED),
                Arguments.of("token issued far in the future: accepted, the central re-checks", NOW, NOW,
                        NOW.plusSeconds(86_400 * 30), NOW.plusSeconds(86_400 * 31), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("untrustedClockCases")
    void onAnUntrustedClockJudgesExpiryByTheNewestTrustedTimeAndNeverRefusesAsNotYetValid(String name,
            Instant clock, Instant notBefore, Instant iat, Instant exp, TokenRejection expected) {
        fixture.time.set(TimeEvidence.untrusted(clock, notBefore));

        TokenCheck check = verify(fixture.issuer.member(MEMBER_ID, DONG, 1951, iat, exp), TokenType.MEMBER);

        if (expected == null) {
            assertThat(check).as(name).isInstanceOf(TokenCheck.Accepted.class);
            assertThat(((TokenCheck.Accepted) check).clockTrusted()).as(name).isFalse();
        } else {
            assertThat(reason(check)).as(name).isEqualTo(expected);
        }
    }

    @Test
    void configurableSkewMovesTheEdge() {
        JwtTokenVerifier strict = new JwtTokenVerifier(Map.of(KID, fixture.central.publicKey()), () -> Revocations.NONE,
                () -> TimeEvidence.trusted(NOW), Duration.ZERO);

        assertThat(strict.verify(fixture.issuer.member(MEMBER_ID, DONG, 1951, NOW.minusSeconds(60), NOW.minusSeconds(1)),
                TokenType.MEMBER)).isInstanceOf(TokenCheck.Rejected.class);
        assertThat(strict.verify(fixture.issuer.member(MEMBER_ID, DONG, 1951, NOW.minusSeconds(60), NOW),
                TokenType.MEMBER)).isInstanceOf(TokenCheck.Accepted.class);
    }

    @Test
    void refusesATokenSignedWithAnotherKeyUnderATrustedKid() {
        String forged = new TokenIssuer(fixture.stranger, KID).member(MEMBER_ID, DONG, 1951, NOW, NOW.plusSeconds(60));

        assertThat(reason(verify(forged, TokenType.MEMBER))).isEqualTo(TokenRejection.SIGNATURE_INVALID);
    }

    @Test
    void refusesAnUnknownKid() {
        String token = new TokenIssuer(fixture.central, "central-2099").member(MEMBER_ID, DONG, 1951, NOW,
                NOW.plusSeconds(60));

        assertThat(reason(verify(token, TokenType.MEMBER))).isEqualTo(TokenRejection.UNKNOWN_KEY);
    }

    @ParameterizedTest
    @MethodSource("headersWithoutAKid")
    void refusesAMissingKidAsUnknownKey(String headerJson) {
        String token = fixture.signedRaw(headerJson, claims());

        assertThat(reason(verify(token, TokenType.MEMBER))).isEqualTo(TokenRejection.UNKNOWN_KEY);
    }

    static Stream<String> headersWithoutAKid() {
        return Stream.of("{\"alg\":\"EdDSA\",\"typ\":\"member\"}", "{\"alg\":\"EdDSA\",\"kid\":\"\",\"typ\":\"member\"}",
                "{\"alg\":\"EdDSA\",\"kid\":42,\"typ\":\"member\"}", "{\"alg\":\"EdDSA\",\"kid\":null,\"typ\":\"member\"}");
    }

    @Test
    void refusesATamperedPayload() {
        String[] parts = fixture.member().split("\\.");
        String otherClaims = b64(claims().replace("1951", "1950"));

        assertThat(reason(verify(parts[0] + "." + otherClaims + "." + parts[2], TokenType.MEMBER)))
                .isEqualTo(TokenRejection.SIGNATURE_INVALID);
    }

    @Test
    void refusesATamperedHeader() {
        String[] parts = fixture.staff().split("\\.");
        String memberHeader = b64(header("member"));

        assertThat(reason(verify(memberHeader + "." + parts[1] + "." + parts[2], TokenType.MEMBER)))
                .isEqualTo(TokenRejection.SIGNATURE_INVALID);
    }

    @Test
    void refusesAlgNoneWithOrWithoutASignature() {
        String unsigned = b64("{\"alg\":\"none\",\"kid\":\"" + KID + "\",\"typ\":\"member\"}") + "." + b64(claims());
        String signedPart = fixture.member().split("\\.")[2];

        assertThat(reason(verify(unsigned + ".", TokenType.MEMBER))).isEqualTo(TokenRejection.SIGNATURE_INVALID);
        assertThat(reason(verify(unsigned + "." + signedPart, TokenType.MEMBER))).isEqualTo(TokenRejection.SIGNATURE_INVALID);
    }

    static Stream<Arguments> publicKeyEncodings() {
        TokenFixture f = new TokenFixture();
        return Stream.of(Arguments.of("raw 32 bytes", f.central.publicKey().raw()),
                Arguments.of("X.509 DER", f.central.publicKey().x509()),
                Arguments.of("JWK x text", f.central.publicKey().jwkX().getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest(name = "HS256 keyed with the public key as {0}")
    @MethodSource("publicKeyEncodings")
    void refusesHs256KeyedWithThePublicKey(String name, byte[] hmacKey) throws Exception {
        String input = b64("{\"alg\":\"HS256\",\"kid\":\"" + KID + "\",\"typ\":\"member\"}") + "." + b64(claims());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
        String token = input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));

        assertThat(reason(verify(token, TokenType.MEMBER))).isEqualTo(TokenRejection.SIGNATURE_INVALID);
    }

    @ParameterizedTest
    @MethodSource("otherAlgorithms")
    void refusesEveryAlgorithmButEdDsa(String alg) {
        String input = b64("{\"alg\":" + alg + ",\"kid\":\"" + KID + "\",\"typ\":\"member\"}") + "." + b64(claims());
        String token = input + "." + fixture.member().split("\\.")[2];

        assertThat(reason(verify(token, TokenType.MEMBER))).isEqualTo(TokenRejection.SIGNATURE_INVALID);
    }

    static Stream<String> otherAlgorithms() {
        return Stream.of("\"RS256\"", "\"ES256\"", "\"PS256\"", "\"Ed25519\"", "\"eddsa\"", "\"EdDSA \"", "\"\"", "null",
                "[\"EdDSA\"]", "1");
    }

    @Test
    void refusesAHeaderWithCriticalExtensionsEvenWhenSignedByTheCentral() {
        String token = fixture.signedRaw("{\"alg\":\"EdDSA\",\"kid\":\"" + KID
                + "\",\"typ\":\"member\",\"crit\":[\"b64\"],\"b64\":false}", claims());

        assertThat(reason(verify(token, TokenType.MEMBER))).isEqualTo(TokenRejection.SIGNATURE_INVALID);
    }

    static Stream<Arguments> revokedTokens() {
        return Stream.of(Arguments.of(TokenType.MEMBER, new Revocations(Set.of(MEMBER_ID), Set.of(), Set.of())),
                Arguments.of(TokenType.STAFF, new Revocations(Set.of(), Set.of("staff-017"), Set.of())),
                Arguments.of(TokenType.VOUCHER, new Revocations(Set.of(), Set.of(), Set.of("V-000123"))));
    }

    @ParameterizedTest
    @MethodSource("revokedTokens")
    void refusesARevokedToken(TokenType type, Revocations revoked) {
        fixture.revocations.set(revoked);

        assertThat(reason(verify(fixture.of(type), type))).isEqualTo(TokenRejection.REVOKED);
    }

    @Test
    void revocationOfOneKindDoesNotTouchAnother() {
        // A staff id that happens to equal a member id revokes only the staff card.
        fixture.revocations.set(new Revocations(Set.of(), Set.of(MEMBER_ID), Set.of()));

        assertThat(verify(fixture.member(), TokenType.MEMBER)).isInstanceOf(TokenCheck.Accepted.class);
    }

    @ParameterizedTest
    @EnumSource(TokenType.class)
    void refusesAValidTokenOfAnotherType(TokenType type) {
        for (TokenType expected : TokenType.values()) {
            if (expected != type) {
                assertThat(reason(verify(fixture.of(type), expected))).isEqualTo(TokenRejection.WRONG_TYPE);
            }
        }
    }

    @Test
    void refusesAMissingTypAsWrongType() {
        String token = fixture.signedRaw("{\"alg\":\"EdDSA\",\"kid\":\"" + KID + "\"}", claims());

        assertThat(reason(verify(token, TokenType.MEMBER))).isEqualTo(TokenRejection.WRONG_TYPE);
    }

    static Stream<Arguments> badClaims() {
        long iat = seconds(NOW.minusSeconds(60));
        long exp = seconds(NOW.plusSeconds(3600));
        String times = "\"iat\":" + iat + ",\"exp\":" + exp;
        return Stream.of(
                Arguments.of("no sub", "{\"dong\":\"1114055000\",\"by\":1951," + times + "}"),
                Arguments.of("sub a number", "{\"sub\":12345,\"dong\":\"1114055000\",\"by\":1951," + times + "}"),
                Arguments.of("sub blank", "{\"sub\":\" \",\"dong\":\"1114055000\",\"by\":1951," + times + "}"),
                Arguments.of("sub 129 chars", "{\"sub\":\"" + "x".repeat(129) + "\",\"dong\":\"1114055000\",\"by\":1951," + times + "}"),
                Arguments.of("no dong", "{\"sub\":\"m\",\"by\":1951," + times + "}"),
                Arguments.of("dong 9 digits", "{\"sub\":\"m\",\"dong\":\"111405500\",\"by\":1951," + times + "}"),
                Arguments.of("dong full-width digits", "{\"sub\":\"m\",\"dong\":\"１１１４０５５０００\",\"by\":1951," + times + "}"),
                Arguments.of("no by", "{\"sub\":\"m\",\"dong\":\"1114055000\"," + times + "}"),
                Arguments.of("by a string", "{\"sub\":\"m\",\"dong\":\"1114055000\",\"by\":\"1951\"," + times + "}"),
                Arguments.of("by a fraction", "{\"sub\":\"m\",\"dong\":\"1114055000\",\"by\":1951.5," + times + "}"),
                Arguments.of("by 1850", "{\"sub\":\"m\",\"dong\":\"1114055000\",\"by\":1850," + times + "}"),
                Arguments.of("no iat", "{\"sub\":\"m\",\"dong\":\"1114055000\",\"by\":1951,\"exp\":" + exp + "}"),
                Arguments.of("no exp", "{\"sub\":\"m\",\"dong\":\"1114055000\",\"by\":1951,\"iat\":" + iat + "}"),
                Arguments.of("exp a string", "{\"sub\":\"m\",\"dong\":\"1114055000\",\"by\":1951,\"iat\":" + iat
                        + ",\"exp\":\"" + exp + "\"}"),
                Arguments.of("exp before iat", "{\"sub\":\"m\",\"dong\":\"1114055000\",\"by\":1951,\"iat\":" + exp
                        + ",\"exp\":" + iat + "}"),
                Arguments.of("exp beyond year 9999", "{\"sub\":\"m\",\"dong\":\"1114055000\",\"by\":1951,\"iat\":" + iat
                        + ",\"exp\":9223372036854775807}"),
                Arguments.of("negative iat", "{\"sub\":\"m\",\"dong\":\"1114055000\",\"by\":1951,\"iat\":-5,\"exp\":" + exp + "}"),
                Arguments.of("nbf a string", "{\"sub\":\"m\",\"dong\":\"1114055000\",\"by\":1951," + times + ",\"nbf\":\"x\"}"),
                Arguments.of("claims an array", "[1,2,3]"),
                Arguments.of("claims not JSON", "not json"),
                Arguments.of("claims with a repeated name", "{\"sub\":\"m\",\"sub\":\"n\",\"dong\":\"1114055000\",\"by\":1951,"
                        + times + "}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badClaims")
    void refusesMissingOrIllTypedClaimsAsMalformed(String name, String claimsJson) {
        String token = fixture.signedRaw(header("member"), claimsJson);

        assertThat(reason(verify(token, TokenType.MEMBER))).as(name).isEqualTo(TokenRejection.MALFORMED);
    }

    static Stream<Arguments> notTokens() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("null", null),
                Arguments.of("a word", "hello"),
                Arguments.of("two parts", "eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJtIn0"),
                Arguments.of("four parts", "a.b.c.d"),
                Arguments.of("a URL", "https://gwangsan.go.kr/on/x.y.z"),
                Arguments.of("Korean text", "회원.코드.입니다"),
                Arguments.of("emoji", "😀.😀.😀"),
                Arguments.of("padding", "eyJhbGciOiJFZERTQSJ9=.eyJzdWIiOiJtIn0=.AA=="),
                Arguments.of("standard base64 alphabet", "ab+/.cd+/.ef+/"),
                Arguments.of("white space inside", "eyJh bGciOiJFZERTQSJ9.eyJzdWIiOiJtIn0.AAAA"),
                Arguments.of("header not JSON", b64("not json") + "." + b64("{}") + ".AAAA"),
                Arguments.of("header a JSON array", b64("[\"EdDSA\"]") + "." + b64("{}") + ".AAAA"),
                Arguments.of("header with a repeated alg", b64("{\"alg\":\"none\",\"alg\":\"EdDSA\"}") + "." + b64("{}") + ".AAAA"),
                Arguments.of("empty payload", b64(header("member")) + "..AAAA"),
                Arguments.of("non-canonical base64url", "eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJtIn1.AAAB"),
                Arguments.of("4,097 characters", "a".repeat(2000) + "." + "b".repeat(2000) + "." + "c".repeat(95)),
                Arguments.of("1 MB", "A".repeat(1 << 20)),
                Arguments.of("1 MB of dots", ".".repeat(1 << 20)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notTokens")
    void refusesWhatIsNotATokenAsMalformed(String name, String input) {
        assertThat(reason(verify(input, TokenType.MEMBER))).as(name).isEqualTo(TokenRejection.MALFORMED);
    }

    @Test
    void survivesDeeplyNestedJson() {
        String deep = "[".repeat(3000) + "]".repeat(3000);

        assertThat(reason(verify(b64(deep) + "." + b64("{}") + ".AAAA", TokenType.MEMBER)))
                .isEqualTo(TokenRejection.MALFORMED);
        assertThat(reason(verify(fixture.signedRaw(header("member"), "{\"x\":" + "[".repeat(1400) + "]".repeat(1400) + "}"),
                TokenType.MEMBER))).isEqualTo(TokenRejection.MALFORMED);
    }

    @Test
    void detailsNeverRepeatTheTokenOrTheMemberId() {
        String token = fixture.member();
        fixture.revocations.set(new Revocations(Set.of(MEMBER_ID), Set.of(), Set.of()));

        for (TokenType expected : TokenType.values()) {
            TokenCheck check = verify(token, expected);
            assertThat(((TokenCheck.Rejected) check).detail()).doesNotContain(token, MEMBER_ID, token.split("\\.")[1]);
        }
    }

    private static String claims() {
        return "{\"sub\":\"" + MEMBER_ID + "\",\"dong\":\"" + DONG + "\",\"by\":1951,\"iat\":"
                + seconds(NOW.minusSeconds(60)) + ",\"exp\":" + seconds(NOW.plusSeconds(3600)) + "}";
    }
}
