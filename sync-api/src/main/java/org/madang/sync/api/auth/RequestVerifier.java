package org.madang.sync.api.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.journal.signing.Signature64;
import org.madang.sync.api.wire.ProblemCode;

/**
 * The central's check of a signed request (decision 0010): the profile's components, the body's
 * digest, the signature with the key named by {@code keyid}, the time window and the nonce.
 */
public final class RequestVerifier {

    /** How far the signature's time may be from the central's clock. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);
    /** How long nonces are remembered: longer than the window in both directions. */
    public static final Duration NONCE_MEMORY = Duration.ofMinutes(10);

    private final Clock clock;
    private final NonceLedger nonces;

    /** A verifier with the central's clock and its nonce memory. */
    public RequestVerifier(Clock clock, NonceLedger nonces) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    /**
     * Authenticates a request.
     *
     * @param headers the request's headers by name (case-insensitive lookup is the caller's)
     * @param keys the public key for a key id, if that key may sign this request
     * @return the key id that signed it
     * @throws AuthException with {@code SIGNATURE_INVALID}, {@code DEVICE_NOT_ENROLLED},
     *     {@code CLOCK_SKEW} or {@code REPLAYED}
     */
    public String verify(RequestLine request, UnaryOperator<String> headers,
            Function<String, Optional<Ed25519PublicKey>> keys) throws AuthException {
        SignatureHeaders signature = SignatureHeaders.parse(headers.apply(SignatureHeaders.SIGNATURE_INPUT),
                headers.apply(SignatureHeaders.SIGNATURE));
        List<String> expected = SignatureBase.components(request);
        if (!signature.components().equals(expected)) {
            throw AuthException.signature("the signature must cover " + expected + ", it covers " + signature.components());
        }
        String digest = null;
        if (request.body().isPresent()) {
            digest = headers.apply(ContentDigest.HEADER);
            if (!ContentDigest.matches(digest, request.body().get())) {
                throw AuthException.signature(digest == null
                        ? "a request with a body needs a Content-Digest header"
                        : "Content-Digest does not match the body: the body was altered or truncated");
            }
        }
        Ed25519PublicKey key = keys.apply(signature.keyId()).orElseThrow(() -> new AuthException(
                ProblemCode.DEVICE_NOT_ENROLLED, "no enrolled device has key " + signature.keyId()));
        byte[] base = SignatureBase.of(request, digest, signature.parameters());
        if (!key.verifies(base, Signature64.of(signature.signature()))) {
            throw AuthException.signature("the signature does not verify with key " + signature.keyId());
        }
        Instant now = clock.instant();
        Instant created = Instant.ofEpochSecond(signature.created());
        if (Duration.between(created, now).abs().compareTo(MAX_SKEW) > 0) {
            throw new AuthException(ProblemCode.CLOCK_SKEW, "the request was signed at " + created + " but the central's time is "
                    + now + ": correct the device's clock offset (GET /api/v1/time) and retry");
        }
        if (!nonces.firstUse(signature.keyId(), signature.nonce(), now)) {
            throw new AuthException(ProblemCode.REPLAYED, "nonce " + signature.nonce()
                    + " was already used by key " + signature.keyId() + ": the request is a replay");
        }
        return signature.keyId();
    }
}
