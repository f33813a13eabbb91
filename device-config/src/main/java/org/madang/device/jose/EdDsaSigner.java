package org.madang.device.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.util.Objects;
import java.util.Set;
import org.madang.journal.signing.Ed25519KeyPair;

/**
 * A Nimbus {@link JWSSigner} for {@code alg: EdDSA} with an Ed25519 key (RFC 8037), signing
 * through the journal's Bouncy Castle key pair: Nimbus's own Ed25519 signer needs Tink, and the
 * JDK provider is about 20 times slower (docs/decisions/0003-ed25519-bouncy-castle.md).
 */
public final class EdDsaSigner implements JWSSigner {

    private final Ed25519KeyPair keyPair;
    private final JCAContext jcaContext = new JCAContext();

    public EdDsaSigner(Ed25519KeyPair keyPair) {
        this.keyPair = Objects.requireNonNull(keyPair, "keyPair");
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
        if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
            throw new JOSEException("only EdDSA is signed here, not " + header.getAlgorithm());
        }
        return Base64URL.encode(keyPair.sign(signingInput).bytes());
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return EdDsaVerifier.ALGORITHMS;
    }

    /** Not used: signing never goes through the JCA. Present because Nimbus's interface demands it. */
    @Override
    public JCAContext getJCAContext() {
        return jcaContext;
    }
}
