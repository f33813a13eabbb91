package org.madang.sync.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.sync.api.SyncApi;
import org.madang.sync.api.wire.ProblemCode;

class RequestSignatureTest {

    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    private final Ed25519KeyPair device = Ed25519KeyPair.generate(new SecureRandom());
    private final Ed25519KeyPair other = Ed25519KeyPair.generate(new SecureRandom());
    private final RequestSigner signer = new RequestSigner(device, Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom());
    private final SetNonces nonces = new SetNonces();
    private final RequestVerifier verifier = new RequestVerifier(Clock.fixed(NOW.plusSeconds(20), ZoneOffset.UTC), nonces);
    private final byte[] body = "{\"records\":[]}".getBytes(StandardCharsets.UTF_8);
    private final RequestLine upload = RequestLine.withBody("POST", SyncApi.RECORDS, body);

    @Test
    void acceptsARequestSignedByTheEnrolledKey() throws AuthException {
        Map<String, String> headers = signer.headers(upload);

        assertThat(verifier.verify(upload, headers::get, enrolled(device))).isEqualTo(device.keyId());
        assertThat(headers.get("Signature-Input")).startsWith("sig1=(\"@method\" \"@path\" \"content-digest\");created=")
                .contains(";keyid=\"" + device.keyId() + "\";alg=\"ed25519\"");
    }

    @Test
    void coversTheQueryWhenThereIsOne() throws AuthException {
        RequestLine withQuery = new RequestLine("GET", "/api/v1/content", Optional.of("since=3"), Optional.empty());
        Map<String, String> headers = signer.headers(withQuery);

        assertThat(verifier.verify(withQuery, headers::get, enrolled(device))).isEqualTo(device.keyId());
        RequestLine otherQuery = new RequestLine("GET", "/api/v1/content", Optional.of("since=4"), Optional.empty());
        assertRefused(otherQuery, headers, enrolled(device), ProblemCode.SIGNATURE_INVALID);
    }

    @Test
    void refusesABodyAlteredAfterSigning() {
        Map<String, String> headers = signer.headers(upload);
        RequestLine altered = RequestLine.withBody("POST", SyncApi.RECORDS, "{\"records\":[1]}".getBytes(StandardCharsets.UTF_8));

        assertRefused(altered, headers, enrolled(device), ProblemCode.SIGNATURE_INVALID, "Content-Digest does not match");
    }

    @Test
    void refusesADigestReplacedToMatchAnAlteredBody() {
        Map<String, String> headers = new HashMap<>(signer.headers(upload));
        byte[] alteredBody = "{\"records\":[1]}".getBytes(StandardCharsets.UTF_8);
        headers.put(ContentDigest.HEADER, ContentDigest.sha256(alteredBody));

        assertRefused(RequestLine.withBody("POST", SyncApi.RECORDS, alteredBody), headers, enrolled(device),
                ProblemCode.SIGNATURE_INVALID, "does not verify");
    }

    @Test
    void refusesARequestSentToAnotherPathOrWithAnotherMethod() {
        Map<String, String> headers = signer.headers(upload);

        assertRefused(RequestLine.withBody("POST", SyncApi.HEARTBEAT, body), headers, enrolled(device),
                ProblemCode.SIGNATURE_INVALID);
        assertRefused(RequestLine.withBody("PUT", SyncApi.RECORDS, body), headers, enrolled(device),
                ProblemCode.SIGNATURE_INVALID);
    }

    @Test
    void refusesAKeyThatIsNotEnrolled() {
        Map<String, String> headers = new RequestSigner(other, Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom())
                .headers(upload);

        assertRefused(upload, headers, enrolled(device), ProblemCode.DEVICE_NOT_ENROLLED, other.keyId());
    }

    @Test
    void refusesASignatureMadeWithAnotherKeyUnderTheEnrolledKeyId() {
        Map<String, String> forged = new RequestSigner(other, Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom())
                .headers(upload);
        Map<String, String> headers = new HashMap<>(forged);
        headers.put("Signature-Input", forged.get("Signature-Input").replace(other.keyId(), device.keyId()));

        assertRefused(upload, headers, enrolled(device), ProblemCode.SIGNATURE_INVALID, "does not verify");
    }

    @Test
    void refusesTheSameSignedRequestTwice() throws AuthException {
        Map<String, String> headers = signer.headers(upload);
        verifier.verify(upload, headers::get, enrolled(device));

        assertRefused(upload, headers, enrolled(device), ProblemCode.REPLAYED);
    }

    @Test
    void aRefusedRequestDoesNotUseUpItsNonce() throws AuthException {
        Map<String, String> headers = signer.headers(upload);
        assertRefused(upload, headers, enrolled(other), ProblemCode.DEVICE_NOT_ENROLLED);

        // The same nonce under a signature with one byte flipped: refused after the key lookup.
        String signature = headers.get("Signature");
        byte[] raw = Base64.getDecoder().decode(signature.substring("sig1=:".length(), signature.length() - 1));
        raw[7] ^= 0x01;
        Map<String, String> flipped = new HashMap<>(headers);
        flipped.put("Signature", "sig1=:" + Base64.getEncoder().encodeToString(raw) + ":");
        assertRefused(upload, flipped, enrolled(device), ProblemCode.SIGNATURE_INVALID, "does not verify");

        // A central whose clock is 10 minutes ahead, sharing the nonce ledger: refused after the signature.
        RequestVerifier ahead = new RequestVerifier(Clock.fixed(NOW.plus(Duration.ofMinutes(10)), ZoneOffset.UTC), nonces);
        assertThatThrownBy(() -> ahead.verify(upload, headers::get, enrolled(device)))
                .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.CLOCK_SKEW));

        assertThat(verifier.verify(upload, headers::get, enrolled(device))).isEqualTo(device.keyId());
    }

    @Test
    void refusesASignatureTimeOutsideTheWindowEitherWay() throws AuthException {
        for (Duration offset : new Duration[] {Duration.ofMinutes(-6), Duration.ofMinutes(6)}) {
            RequestSigner skewed = new RequestSigner(device, Clock.fixed(NOW.plusSeconds(20).plus(offset), ZoneOffset.UTC),
                    new SecureRandom());
            assertRefused(upload, skewed.headers(upload), enrolled(device), ProblemCode.CLOCK_SKEW, "GET /api/v1/time");
        }
        RequestSigner edge = new RequestSigner(device, Clock.fixed(NOW.plusSeconds(20).minusSeconds(300), ZoneOffset.UTC),
                new SecureRandom());
        assertThat(verifier.verify(upload, edge.headers(upload)::get, enrolled(device))).isEqualTo(device.keyId());
    }

    @Test
    void refusesUnsignedAndMalformedSignatureHeaders() {
        Map<String, String> good = signer.headers(upload);
        assertRefused(upload, Map.of(), enrolled(device), ProblemCode.SIGNATURE_INVALID, "not signed");

        Map<String, String> noDigestCovered = new HashMap<>(good);
        noDigestCovered.put("Signature-Input", good.get("Signature-Input").replace(" \"content-digest\"", ""));
        assertRefused(upload, noDigestCovered, enrolled(device), ProblemCode.SIGNATURE_INVALID, "must cover");

        Map<String, String> otherAlgorithm = new HashMap<>(good);
        otherAlgorithm.put("Signature-Input", good.get("Signature-Input").replace("ed25519", "hmac-sha256"));
        assertRefused(upload, otherAlgorithm, enrolled(device), ProblemCode.SIGNATURE_INVALID, "refused");

        Map<String, String> shortSignature = new HashMap<>(good);
        shortSignature.put("Signature", "sig1=:AAAA:");
        assertRefused(upload, shortSignature, enrolled(device), ProblemCode.SIGNATURE_INVALID, "64 bytes");

        Map<String, String> noDigest = new HashMap<>(good);
        noDigest.remove(ContentDigest.HEADER);
        assertRefused(upload, noDigest, enrolled(device), ProblemCode.SIGNATURE_INVALID, "needs a Content-Digest");
    }

    @Test
    void signatureBaseFollowsRfc9421() {
        String parameters = SignatureBase.parameters(SignatureBase.components(upload), 1_700_000_000L,
                "abcdefghijklmnop", "00ff");
        String base = new String(SignatureBase.of(upload, "sha-256=:X:", parameters), StandardCharsets.UTF_8);

        assertThat(base).isEqualTo("""
                "@method": POST
                "@path": /api/v1/records
                "content-digest": sha-256=:X:
                "@signature-params": ("@method" "@path" "content-digest");created=1700000000;\
                nonce="abcdefghijklmnop";keyid="00ff";alg="ed25519\"""");
    }

    private void assertRefused(RequestLine request, Map<String, String> headers,
            Function<String, Optional<Ed25519PublicKey>> keys, ProblemCode code, String... messageParts) {
        assertThatThrownBy(() -> verifier.verify(request, headers::get, keys))
                .isInstanceOfSatisfying(AuthException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    for (String part : messageParts) {
                        assertThat(e.getMessage()).contains(part);
                    }
                });
    }

    private static Function<String, Optional<Ed25519PublicKey>> enrolled(Ed25519KeyPair key) {
        return keyId -> keyId.equals(key.keyId()) ? Optional.of(key.publicKey()) : Optional.empty();
    }

    /** Nonces in a set: what a central's table does, minus the expiry. */
    private static final class SetNonces implements NonceLedger {
        private final Set<String> seen = new HashSet<>();

        @Override
        public boolean firstUse(String keyId, String nonce, Instant seenAt) {
            return seen.add(keyId + "/" + nonce);
        }
    }
}
