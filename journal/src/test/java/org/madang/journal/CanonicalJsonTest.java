package org.madang.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void sortsKeysAtEveryDepthAndDropsWhiteSpace() {
        CanonicalJson json = CanonicalJson.parse("{ \"b\": 1, \"a\": { \"z\": [ {\"y\":2, \"x\":1} ], \"c\": true } }");

        assertThat(json.text()).isEqualTo("{\"a\":{\"c\":true,\"z\":[{\"x\":1,\"y\":2}]},\"b\":1}");
    }

    @Test
    void sameContentInAnyKeyOrderGivesTheSameBytes() {
        assertThat(CanonicalJson.parse("{\"x\":1,\"y\":\"두\"}"))
                .isEqualTo(CanonicalJson.of(Map.of("y", "두", "x", 1)));
    }

    @Test
    void writesKoreanAsUtf8NotEscapes() {
        CanonicalJson json = CanonicalJson.of(Map.of("dong", "월곡1동"));

        assertThat(json.bytes()).isEqualTo("{\"dong\":\"월곡1동\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesFloatingPointNumbersNamingTheField() {
        assertThatThrownBy(() -> CanonicalJson.parse("{\"a\":{\"ratio\":0.5}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$.a.ratio");
    }

    @Test
    void refusesBodiesThatAreNotObjects() {
        assertThatThrownBy(() -> CanonicalJson.parse("[1,2]")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> CanonicalJson.parse("{oops")).hasMessageContaining("not valid JSON");
    }

    @Test
    void refusesOversizedBodies() {
        String big = "x".repeat(CanonicalJson.MAX_BYTES);

        assertThatThrownBy(() -> CanonicalJson.of(Map.of("big", big))).hasMessageContaining("at most");
    }
}
