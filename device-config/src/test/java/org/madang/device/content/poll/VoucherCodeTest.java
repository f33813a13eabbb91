package org.madang.device.content.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madang.journal.testing.TestRandom;

class VoucherCodeTest {

    private static List<String> codes(int count) {
        SecureRandom random = TestRandom.seeded(42);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(VoucherCode.generate(random));
        }
        return codes;
    }

    @Test
    void theAlphabetHas31CharactersAndNoConfusableOnes() {
        assertThat(VoucherCode.ALPHABET).hasSize(31).doesNotContain("0", "O", "1", "I", "L");
        assertThat(VoucherCode.ALPHABET.chars().distinct().count()).isEqualTo(31);
    }

    @Test
    void generatedCodesAreValidAndNeverHoldAConfusableCharacter() {
        for (String code : codes(10_000)) {
            assertThat(code).hasSize(10).doesNotContain("0", "O", "1", "I", "L");
            assertThat(code.chars()).allMatch(c -> VoucherCode.ALPHABET.indexOf(c) >= 0);
            assertThat(VoucherCode.normalise(code)).contains(code);
        }
    }

    @Test
    void generatedCodesUseEveryCheckCharacter() {
        assertThat(codes(2_000).stream().map(code -> code.charAt(9)).distinct().count()).isEqualTo(31);
    }

    @Test
    void theCheckCharacterCatchesEverySingleSubstitution() {
        for (String code : codes(200)) {
            for (int position = 0; position < 10; position++) {
                for (char other : VoucherCode.ALPHABET.toCharArray()) {
                    if (other == code.charAt(position)) {
                        continue;
                    }
                    String typo = code.substring(0, position) + other + code.substring(position + 1);
                    assertThat(VoucherCode.normalise(typo)).as("%s typed as %s", code, typo).isEmpty();
                }
            }
        }
    }

    @Test
    void theCheckCharacterCatchesEveryAdjacentTransposition() {
        int swaps = 0;
        for (String code : codes(1_000)) {
            for (int position = 0; position < 9; position++) {
                char a = code.charAt(position);
                char b = code.charAt(position + 1);
                if (a == b) {
                    continue;
                }
                String swapped = code.substring(0, position) + b + a + code.substring(position + 2);
                assertThat(VoucherCode.normalise(swapped)).as("%s typed as %s", code, swapped).isEmpty();
                swaps++;
            }
        }
        assertThat(swaps).isGreaterThan(8_000);
    }

    @Test
    void normalisesLowerCaseSpacesAndDashes() {
        // ABCDEFGHJ has the weighted sum 600 ≡ 11 (mod 31); 10·v ≡ −11 gives v = 2, the character '4'.
        assertThat(VoucherCode.normalise("abcde fghj4")).contains("ABCDEFGHJ4");
        assertThat(VoucherCode.normalise("ABCDE-FGHJ4")).contains("ABCDEFGHJ4");
        assertThat(VoucherCode.normalise(" ab-cd e-fg hj 4 ")).contains("ABCDEFGHJ4");
        assertThat(VoucherCode.normalise("abcde fghjk")).as("K is the wrong check character").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABCDE", "ABCDEFGHJ", "ABCDEFGHJ44", "ABCDEFGHJ4A", "0BCDEFGHJ4", "OBCDEFGHJ4",
            "1BCDEFGHJ4", "IBCDEFGHJ4", "LBCDEFGHJ4", "ABCDE_FGHJ4", "ABCDE\tFGHJ4", "ＡBCDEFGHJ4"})
    void refusesWrongLengthAndCharactersOutsideTheAlphabet(String typed) {
        assertThat(VoucherCode.normalise(typed)).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThat(VoucherCode.normalise(null)).isEmpty();
    }

    @Test
    void printsTheCodeInTwoGroupsOfFive() {
        assertThat(VoucherCode.format("abcdefghj4")).isEqualTo("ABCDE-FGHJ4");
        assertThatThrownBy(() -> VoucherCode.format("ABCDEFGHJK")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hashesWithPbkdf2HmacSha256() {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256 (P="passwd", S="salt", c=1), first 32 bytes.
        assertThat(VoucherCodes.hash("passwd", "salt".getBytes(StandardCharsets.US_ASCII), 1))
                .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
    }

    @Test
    void findsTheSerialOfATypedCode() {
        byte[] salt = "madang-test-salt".getBytes(StandardCharsets.US_ASCII);
        List<String> codes = codes(3);
        VoucherCodes published = new VoucherCodes(salt, 10_000, Map.of(
                VoucherCodes.hash(codes.get(0), salt, 10_000), "V-0001",
                VoucherCodes.hash(codes.get(1), salt, 10_000), "V-0002"));

        assertThat(published.serialFor(codes.get(0))).contains("V-0001");
        assertThat(published.serialFor(VoucherCode.format(codes.get(1)).toLowerCase(java.util.Locale.ROOT)))
                .contains("V-0002");
        assertThat(published.serialFor(codes.get(2))).as("a valid code of no voucher of this poll").isEmpty();
        assertThat(published.serialFor("ABCDEFGHJK")).as("a typo").isEmpty();
    }

    @Test
    void anotherSaltGivesAnotherHash() {
        String code = codes(1).getFirst();

        assertThat(VoucherCodes.hash(code, new byte[16], 10_000)).isNotEqualTo(VoucherCodes.hash(code, new byte[17], 10_000));
    }
}
