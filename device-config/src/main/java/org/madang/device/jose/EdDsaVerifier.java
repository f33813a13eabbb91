package org.madang.device.jose;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.util.Objects;
import java.util.Set;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.journal.signing.Signature64;

/**
 * A Nimbus {@link JWSVerifier} for {@code alg: EdDSA} with one Ed25519 public key (RFC 8037),
 * through Bouncy Castle (about 100 µs a verification).
 *
 * <p>Accepts nothing but EdDSA: whatever the header claims (none, HS256 keyed with the public key's
 * bytes, RS256), the answer is false, so an algorithm-confusion token can never verify. A header
 * with critical parameters ({@code crit}) is refused too: we understand none of them.
 */
public final class EdDsaVerifier implements JWSVerifier {

    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.EdDSA);

    private final Ed25519PublicKey key;
    private final JCAContext jcaContext = new JCAContext();

    public EdDsaVerifier(Ed25519PublicKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    @Override
    public boolean verify(JWSHeader header, byte[] signedContent, Base64URL signature) {
        if (header == null || !JWSAlgorithm.EdDSA.equals(header.getAlgorithm())
                || header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            return false;
        }
        return verify(signedContent, signature.decode());
    }

    /** Whether {@code signature} is this key's Ed25519 signature of {@code signedContent}. */
    public boolean verify(byte[] signedContent, byte[] signature) {
        if (signedContent == null || signature == null || signature.length != Signature64.LENGTH) {
            return false;
        }
        return key.verifies(signedContent, Signature64.of(signature));
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return ALGORITHMS;
    }

    /** Not used: verification never goes through the JCA. Present because Nimbus's interface demands it. */
    @Override
    public JCAContext getJCAContext() {
        return jcaContext;
    }
}
