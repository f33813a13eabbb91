package org.madang.device.content.poll.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.madang.device.content.poll.SealKey;
import org.madang.journal.testing.TestRandom;

class BallotSealTest {

    private static final String POLL = "2026-wolgok1-agenda";
    private static final String KID = "poll-2026-wolgok1";
    private static final byte[] BALLOT = ("{\"choices\":[\"alley-lights\"],\"poll\":\"" + POLL + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    private static final HexFormat HEX = HexFormat.of();

    private final SecureRandom random = TestRandom.seeded(7);
    private final SealKeyPair poll = SealKeyPair.generate(random);

    private SealedBallot sealed() {
        return BallotSeal.seal(poll.sealKey(KID), BALLOT, random);
    }

    @Test
    void opensWhatItSealed() throws Exception {
        assertThat(BallotSeal.open(KID, poll.privateKey(), sealed(), POLL)).isEqualTo(BALLOT);
    }

    @Test
    void theCiphertextDoesNotShowTheChoice() {
        SealedBallot sealed = sealed();

        assertThat(new String(sealed.ct(), StandardCharsets.ISO_8859_1)).doesNotContain("alley", POLL);
        assertThat(sealed.ct()).hasSize(BALLOT.length + 16);
        assertThat(sealed.epk()).hasSize(32);
        assertThat(sealed.iv()).hasSize(12);
    }

    @Test
    void twoSealsOfTheSameBallotDiffer() {
        SealedBallot first = sealed();
        SealedBallot second = sealed();

        assertThat(second.epk()).isNotEqualTo(first.epk());
        assertThat(second.iv()).isNotEqualTo(first.iv());
        assertThat(second.ct()).isNotEqualTo(first.ct());
    }

    @Test
    void anotherPrivateKeyDoesNotOpenIt() {
        SealKeyPair other = SealKeyPair.generate(TestRandom.seeded(8));

        assertThatThrownBy(() -> BallotSeal.open(KID, other.privateKey(), sealed(), POLL))
                .isInstanceOf(SealException.class);
    }

    @Test
    void anotherKeyIdIsRefusedBeforeDecrypting() {
        assertThatThrownBy(() -> BallotSeal.open("poll-2026-other", poll.privateKey(), sealed(), POLL))
                .isInstanceOf(SealException.class).hasMessageContaining(KID);
    }

    @Test
    void aBallotCopiedToAnotherPollDoesNotOpen() {
        assertThatThrownBy(() -> BallotSeal.open(KID, poll.privateKey(), sealed(), "2026-wolgok2-agenda"))
                .isInstanceOf(SealException.class);
    }

    static Stream<Arguments> tampering() {
        return Stream.<Arguments>of(
                Arguments.of("ct first byte", (UnaryOperator<SealedBallot>) s -> new SealedBallot(s.keyId(), s.epk(), s.iv(), flip(s.ct(), 0))),
                Arguments.of("ct tag", (UnaryOperator<SealedBallot>) s -> new SealedBallot(s.keyId(), s.epk(), s.iv(), flip(s.ct(), s.ct().length - 1))),
                Arguments.of("ct truncated", (UnaryOperator<SealedBallot>) s -> new SealedBallot(s.keyId(), s.epk(), s.iv(),
                        java.util.Arrays.copyOf(s.ct(), s.ct().length - 1))),
                Arguments.of("ct too short", (UnaryOperator<SealedBallot>) s -> new SealedBallot(s.keyId(), s.epk(), s.iv(), new byte[15])),
                Arguments.of("iv", (UnaryOperator<SealedBallot>) s -> new SealedBallot(s.keyId(), s.epk(), flip(s.iv(), 5), s.ct())),
                Arguments.of("iv short", (UnaryOperator<SealedBallot>) s -> new SealedBallot(s.keyId(), s.epk(), new byte[11], s.ct())),
                Arguments.of("epk", (UnaryOperator<SealedBallot>) s -> new SealedBallot(s.keyId(), flip(s.epk(), 3), s.iv(), s.ct())),
                Arguments.of("epk all zero", (UnaryOperator<SealedBallot>) s -> new SealedBallot(s.keyId(), new byte[32], s.iv(), s.ct())),
                Arguments.of("epk short", (UnaryOperator<SealedBallot>) s -> new SealedBallot(s.keyId(), new byte[31], s.iv(), s.ct())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tampering")
    void anAlteredBallotDoesNotOpen(String name, UnaryOperator<SealedBallot> tamper) {
        SealedBallot altered = tamper.apply(sealed());

        assertThatThrownBy(() -> BallotSeal.open(KID, poll.privateKey(), altered, POLL)).as(name)
                .isInstanceOf(SealException.class);
    }

    @Test
    void bindsToThePollItsBodyNames() throws Exception {
        SealedBallot explicit = BallotSeal.seal(poll.sealKey(KID), "another-poll", BALLOT, random);

        assertThat(BallotSeal.open(KID, poll.privateKey(), explicit, "another-poll")).isEqualTo(BALLOT);
        assertThatThrownBy(() -> BallotSeal.open(KID, poll.privateKey(), explicit, POLL)).isInstanceOf(SealException.class);
    }

    @Test
    void refusesToSealABodyWithoutAPoll() {
        assertThatThrownBy(() -> BallotSeal.seal(poll.sealKey(KID), "{\"choices\":[]}".getBytes(StandardCharsets.UTF_8),
                random)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BallotSeal.seal(poll.sealKey(KID), "not json".getBytes(StandardCharsets.UTF_8), random))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLowOrderKeyIsNotUsableAndAGeneratedOneIs() {
        assertThat(BallotSeal.isUsable(new SealKey(KID, new byte[32]))).isFalse();
        byte[] one = new byte[32];
        one[0] = 1;
        assertThat(BallotSeal.isUsable(new SealKey(KID, one))).isFalse();
        assertThat(BallotSeal.isUsable(poll.sealKey(KID))).isTrue();
    }

    @Test
    void refusesToSealToALowOrderKey() {
        assertThatThrownBy(() -> BallotSeal.seal(new SealKey(KID, new byte[32]), BALLOT, random))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theJsonFormRoundTripsWithoutPadding() throws Exception {
        SealedBallot sealed = sealed();

        var json = sealed.toJson();

        assertThat(json.toString()).doesNotContain("=");
        assertThat(json.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("kid", "epk", "iv", "ct");
        assertThat(SealedBallot.fromJson(json)).isEqualTo(sealed);
        assertThat(BallotSeal.open(KID, poll.privateKey(), SealedBallot.fromJson(json), POLL)).isEqualTo(BALLOT);
    }

    @Test
    void malformedJsonIsASealException() {
        var json = sealed().toJson();
        json.put("ct", "not base64url!");

        assertThatThrownBy(() -> SealedBallot.fromJson(json)).isInstanceOf(SealException.class);
        json.remove("ct");
        assertThatThrownBy(() -> SealedBallot.fromJson(json)).isInstanceOf(SealException.class);
    }

    @Test
    void x25519MatchesRfc7748() throws Exception {
        // RFC 7748 section 6.1.
        byte[] alice = HEX.parseHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        byte[] bob = HEX.parseHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");

        assertThat(HEX.formatHex(SealKeyPair.ofPrivateKey(alice).publicKey()))
                .isEqualTo("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        assertThat(HEX.formatHex(SealKeyPair.ofPrivateKey(bob).publicKey()))
                .isEqualTo("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        assertThat(HEX.formatHex(X25519.agree(alice, SealKeyPair.ofPrivateKey(bob).publicKey())))
                .isEqualTo("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
    }

    @Test
    void generatedKeyPairsAreConsistent() {
        assertThat(SealKeyPair.ofPrivateKey(poll.privateKey())).isEqualTo(poll);
        assertThat(poll.toString()).doesNotContain(HEX.formatHex(poll.privateKey()));
    }

    @Test
    void hkdfMatchesRfc5869() {
        // RFC 5869 appendix A.1.
        byte[] ikm = HEX.parseHex("0b".repeat(22));
        byte[] salt = HEX.parseHex("000102030405060708090a0b0c");
        byte[] info = HEX.parseHex("f0f1f2f3f4f5f6f7f8f9");

        assertThat(HEX.formatHex(Hkdf.sha256(ikm, salt, info, 42))).isEqualTo(
                "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    }

    private static byte[] flip(byte[] bytes, int index) {
        byte[] copy = bytes.clone();
        copy[index] ^= 0x01;
        return copy;
    }
}
