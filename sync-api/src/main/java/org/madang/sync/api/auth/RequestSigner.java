package org.madang.sync.api.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.madang.journal.signing.Ed25519KeyPair;

/**
 * Signs the device's requests (RFC 9421, decision 0010). The clock it is given should already be
 * corrected by the offset measured against the central, so that a Pi that booted offline with a
 * wrong time still signs with a time the central accepts.
 */
public final class RequestSigner {

    private final Ed25519KeyPair key;
    private final Clock clock;
    private final SecureRandom random;

    /** A signer with the device key, a (corrected) clock and a source of nonces. */
    public RequestSigner(Ed25519KeyPair key, Clock clock, SecureRandom random) {
        this.key = Objects.requireNonNull(key, "key");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The headers to add to the request: Content-Digest (with a body), Signature-Input, Signature. */
    public Map<String, String> headers(RequestLine request) {
        byte[] nonceBytes = new byte[16];
        random.nextBytes(nonceBytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(nonceBytes);
        long created = clock.instant().getEpochSecond();
        String digest = request.body().map(ContentDigest::sha256).orElse(null);
        String parameters = SignatureBase.parameters(SignatureBase.components(request), created, nonce, key.keyId());
        byte[] signature = key.sign(SignatureBase.of(request, digest, parameters)).bytes();
        Map<String, String> headers = new LinkedHashMap<>();
        if (digest != null) {
            headers.put(ContentDigest.HEADER, digest);
        }
        headers.put(SignatureHeaders.SIGNATURE_INPUT, SignatureBase.LABEL + "=" + parameters);
        headers.put(SignatureHeaders.SIGNATURE, SignatureBase.LABEL + "=:" + Base64.getEncoder().encodeToString(signature) + ":");
        return headers;
    }

    /** The key id the central will see. */
    public String keyId() {
        return key.keyId();
    }
}
