package org.madang.journal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.madang.journal.testing.TestKeys;

class Ed25519KeyPairTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void signsTheRfc8032TestVectorExactly() {
        // RFC 8032, section 7.1, TEST 1 (empty message).
        Ed25519KeyPair key = Ed25519KeyPair.ofSeed(HEX.parseHex(
                "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));

        assertThat(key.publicKey().raw()).isEqualTo(HEX.parseHex(
                "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        assertThat(key.sign(new byte[0]).bytes()).isEqualTo(HEX.parseHex(
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                        + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
    }

    @Test
    void jdkReadsOurKeyEncodingsAndVerifiesOurSignatures() throws Exception {
        Ed25519KeyPair key = TestKeys.deviceKey();
        byte[] message = "record hash".getBytes();
        byte[] signature = key.sign(message).bytes();

        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        var jdkPublic = factory.generatePublic(new X509EncodedKeySpec(key.publicKey().x509()));
        factory.generatePrivate(new PKCS8EncodedKeySpec(key.pkcs8()));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(jdkPublic);
        verifier.update(message);

        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void pkcs8RoundTripKeepsTheKey() {
        Ed25519KeyPair key = TestKeys.deviceKey();

        Ed25519KeyPair again = Ed25519KeyPair.ofPkcs8(key.pkcs8());

        assertThat(again.keyId()).isEqualTo(key.keyId());
        assertThat(Ed25519PublicKey.ofX509(key.publicKey().x509())).isEqualTo(key.publicKey());
        assertThat(Ed25519PublicKey.ofJwkX(key.publicKey().jwkX())).isEqualTo(key.publicKey());
    }

    @Test
    void signatureOfAnotherMessageDoesNotVerify() {
        Ed25519KeyPair key = TestKeys.deviceKey();

        Signature64 signature = key.sign(new byte[] {1, 2, 3});

        assertThat(key.publicKey().verifies(new byte[] {1, 2, 3}, signature)).isTrue();
        assertThat(key.publicKey().verifies(new byte[] {1, 2, 4}, signature)).isFalse();
        assertThat(TestKeys.deviceKey().publicKey().verifies(new byte[] {1, 2, 3}, signature)).isFalse();
    }

    @Test
    void keyIdIsThirtyTwoHexDigitsOfTheKeyDigest() {
        assertThat(TestKeys.fixedDeviceKey().keyId()).matches("[0-9a-f]{32}")
                .isEqualTo(TestKeys.fixedDeviceKey().publicKey().keyId());
    }

    @Test
    void refusesEncodingsOfOtherKeyTypes() {
        assertThatThrownBy(() -> Ed25519KeyPair.ofPkcs8(new byte[48])).hasMessageContaining("PKCS#8");
        assertThatThrownBy(() -> Ed25519PublicKey.ofX509(new byte[44])).hasMessageContaining("SubjectPublicKeyInfo");
        assertThatThrownBy(() -> Ed25519PublicKey.ofJwkX("not base64!")).hasMessageContaining("base64url");
        assertThatThrownBy(() -> Ed25519PublicKey.ofRaw(new byte[31])).hasMessageContaining("32 bytes");
    }
}
