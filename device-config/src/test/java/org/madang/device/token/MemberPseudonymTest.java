package org.madang.device.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberPseudonymTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[MemberPseudonym.KEY_LENGTH];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void isTheKeyIdThenLowerCaseHexOfHmacSha256() {
        // HMAC-SHA256(32 x 0x0b, "member-1"), computed with: printf member-1 | openssl dgst -sha256 -mac HMAC -macopt hexkey:0b…0b
        String pseudonym = new MemberPseudonym("m1", key(0x0b)).of("member-1");

        assertThat(pseudonym).isEqualTo("m1:886ebeeecbd118995327132122dbb0143c4c703c156cdea29ecc4894ae532c5c");
    }

    @Test
    void neverContainsTheMemberId() {
        assertThat(new MemberPseudonym("m1", key(1)).of("member-1")).doesNotContain("member-1");
    }

    @Test
    void differsByKeyAndByMember() {
        MemberPseudonym one = new MemberPseudonym("m1", key(1));

        assertThat(one.of("member-1")).isNotEqualTo(one.of("member-2"));
        assertThat(one.of("member-1").substring(3)).isNotEqualTo(new MemberPseudonym("m2", key(2)).of("member-1").substring(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "M1", "1m", "m-1", "m12345678901234567", "m:1"})
    void refusesAKeyIdThatCannotBeAPrefix(String id) {
        assertThatThrownBy(() -> new MemberPseudonym(id, key(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16, 31, 33})
    void refusesAKeyThatIsNot32Bytes(int length) {
        assertThatThrownBy(() -> new MemberPseudonym("m1", new byte[length])).isInstanceOf(IllegalArgumentException.class);
    }
}
