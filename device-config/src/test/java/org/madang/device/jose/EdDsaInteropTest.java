package org.madang.device.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.madang.device.token.JwtTokenVerifier;
import org.madang.device.token.Revocations;
import org.madang.device.token.TimeEvidence;
import org.madang.device.token.TokenCheck;
import org.madang.device.token.TokenType;
import org.madang.journal.signing.Ed25519KeyPair;

class EdDsaInteropTest {

    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

    private final Ed25519KeyPair key = Ed25519KeyPair.ofSeed(new byte[32]);

    private String nimbusMadeMemberToken() throws JOSEException {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID("central-2026")
                .type(new JOSEObjectType("member")).build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("member-1").claim("dong", "1114055000").claim("by", 1960)
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(3600))).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(new EdDsaSigner(key));
        return jwt.serialize();
    }

    @Test
    void aTokenMadeWithNimbusAndOurSignerPassesOurVerifier() throws Exception {
        JwtTokenVerifier verifier = new JwtTokenVerifier(Map.of("central-2026", key.publicKey()),
                () -> Revocations.NONE, () -> TimeEvidence.trusted(NOW), JwtTokenVerifier.DEFAULT_SKEW);

        assertThat(verifier.verify(nimbusMadeMemberToken(), TokenType.MEMBER)).isInstanceOf(TokenCheck.Accepted.class);
    }

    @Test
    void nimbusVerifiesOurSignatureThroughOurVerifier() throws Exception {
        SignedJWT parsed = SignedJWT.parse(nimbusMadeMemberToken());

        assertThat(parsed.verify(new EdDsaVerifier(key.publicKey()))).isTrue();
        assertThat(parsed.verify(new EdDsaVerifier(Ed25519KeyPair.ofSeed(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
            29, 30, 31, 32}).publicKey()))).isFalse();
    }

    @Test
    void theJdkEd25519ProviderVerifiesOurJwsOverItsSigningInput() throws Exception {
        String[] parts = nimbusMadeMemberToken().split("\\.");
        PublicKey jdkKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(key.publicKey().x509()));
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(jdkKey);
        jdk.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));

        assertThat(jdk.verify(new Base64URL(parts[2]).decode())).isTrue();
    }

    @Test
    void theJdkProvidersSignatureVerifiesWithOurs() throws Exception {
        java.security.KeyPair jdkPair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var ours = org.madang.journal.signing.Ed25519PublicKey.ofX509(jdkPair.getPublic().getEncoded());
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.EdDSA), new Payload("{\"a\":1}"));
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(jdkPair.getPrivate());
        jdk.update(jws.getSigningInput());
        byte[] signature = jdk.sign();

        assertThat(new EdDsaVerifier(ours).verify(jws.getHeader(), jws.getSigningInput(), Base64URL.encode(signature)))
                .isTrue();
    }

    @Test
    void signsOnlyEdDsa() {
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload("{}"));

        assertThat(new EdDsaSigner(key).supportedJWSAlgorithms()).containsExactly(JWSAlgorithm.EdDSA);
        assertThatThrownBy(() -> new EdDsaSigner(key).sign(jws.getHeader(), jws.getSigningInput()))
                .isInstanceOf(JOSEException.class);
    }

    @Test
    void verifiesOnlyEdDsa() throws Exception {
        JWSObject signed = new JWSObject(new JWSHeader(JWSAlgorithm.EdDSA), new Payload("{}"));
        signed.sign(new EdDsaSigner(key));
        EdDsaVerifier verifier = new EdDsaVerifier(key.publicKey());

        assertThat(verifier.verify(new JWSHeader(JWSAlgorithm.HS256), signed.getSigningInput(), signed.getSignature()))
                .isFalse();
        assertThat(verifier.verify(new JWSHeader(JWSAlgorithm.EdDSA), signed.getSigningInput(), Base64URL.encode(new byte[3])))
                .isFalse();
        assertThat(verifier.verify(new JWSHeader(JWSAlgorithm.EdDSA), signed.getSigningInput(), signed.getSignature()))
                .isTrue();
    }
}
