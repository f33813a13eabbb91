package org.madang.sync.api.enroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.madang.journal.signing.Ed25519KeyPair;

class AnswerSignatureTest {

    private static final Ed25519KeyPair CENTRAL = Ed25519KeyPair.generate(new SecureRandom());
    private static final byte[] REQUEST = "{\"code\":\"A\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ANSWER = "{\"deviceId\":\"k\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void verifiesWithTheSigningKeyOnly() {
        String header = AnswerSignature.sign(CENTRAL, "central-1", REQUEST, ANSWER);
        assertThat(header).startsWith("kid=\"central-1\";sig=:");
        assertThat(AnswerSignature.verifies(CENTRAL.publicKey(), Optional.of(header), REQUEST, ANSWER)).isTrue();
        Ed25519KeyPair other = Ed25519KeyPair.generate(new SecureRandom());
        assertThat(AnswerSignature.verifies(other.publicKey(), Optional.of(header), REQUEST, ANSWER)).isFalse();
    }

    @Test
    void refusesAnAnswerToAnotherRequestOrAlteredOrMissing() {
        String header = AnswerSignature.sign(CENTRAL, "central-1", REQUEST, ANSWER);
        byte[] otherRequest = "{\"code\":\"B\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(AnswerSignature.verifies(CENTRAL.publicKey(), Optional.of(header), otherRequest, ANSWER)).isFalse();
        byte[] altered = "{\"deviceId\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(AnswerSignature.verifies(CENTRAL.publicKey(), Optional.of(header), REQUEST, altered)).isFalse();
        assertThat(AnswerSignature.verifies(CENTRAL.publicKey(), Optional.empty(), REQUEST, ANSWER)).isFalse();
        assertThat(AnswerSignature.verifies(CENTRAL.publicKey(), Optional.of("garbage"), REQUEST, ANSWER)).isFalse();
    }
}
