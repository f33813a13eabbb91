package org.madang.kiosk.keyboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HangulComposerTest {

    /** The 30 hand-picked examples of shared/tools/hangul-ref (input, libhangul's output, why). */
    static Stream<Arguments> readmeExamples() throws IOException {
        List<String> rows = HangulRef.lines(HangulRef.folder().resolve("examples.tsv"));
        assertThat(rows).as("examples.tsv rows").hasSize(30);
        return rows.stream().map(row -> row.split("\t", -1)).map(f -> Arguments.of(f[0], f[1], f[2]));
    }

    @ParameterizedTest(name = "{0} → \"{1}\" ({2})")
    @MethodSource("readmeExamples")
    void composesEachReadmeExampleAsLibhangul(String input, String expected, String why) {
        assertThat(HangulRef.compose(input)).as(why).isEqualTo(expected);
    }

    @Test
    void typesTheKioskPhrases() {
        assertThat(HangulRef.compose("ㅇㅏㄴㄴㅕㅇㅎㅏㅅㅔㅇㅛ ㄱㅗㅏㅇㅅㅏㄴㄱㅜ")).isEqualTo("안녕하세요 광산구");
        assertThat(HangulRef.compose("ㄷㅏㄹㄱㄱㅏㄹㅂㅣ")).isEqualTo("닭갈비");
    }

    @Test
    void composingIsTheSyllableStillOpenAtTheEnd() {
        HangulComposer composer = new HangulComposer();
        for (char key : "ㄷㅏㄹㄱ".toCharArray()) {
            composer.press(key);
        }
        assertThat(composer.composing()).isEqualTo("닭");
        composer.press('ㅏ');
        assertThat(composer.text()).isEqualTo("달가");
        assertThat(composer.composing()).isEqualTo("가");
        composer.press(' ');
        assertThat(composer.composing()).isEmpty();
        assertThat(composer.text()).isEqualTo("달가 ");
    }

    @Test
    void backspaceTakesOffOneKeyAtATimeThenWholeCommittedSyllables() {
        HangulComposer composer = new HangulComposer();
        for (char key : "ㅎㅏㄴㄱㅡㄹ".toCharArray()) {
            composer.press(key);
        }
        assertThat(composer.text()).isEqualTo("한글");
        composer.backspace();
        assertThat(composer.text()).isEqualTo("한그");
        composer.backspace();
        assertThat(composer.text()).isEqualTo("한ㄱ");
        composer.backspace();
        assertThat(composer.text()).isEqualTo("한");
        assertThat(composer.composing()).isEmpty();
        composer.backspace();
        assertThat(composer.text()).isEmpty();
        composer.backspace();
        assertThat(composer.text()).isEmpty();
    }

    @Test
    void clearForgetsTextAndComposition() {
        HangulComposer composer = new HangulComposer();
        for (char key : "ㄱㅏ ㄴㅏ".toCharArray()) {
            composer.press(key);
        }
        composer.clear();
        assertThat(composer.text()).isEmpty();
        assertThat(composer.composing()).isEmpty();
        composer.press('ㅏ');
        assertThat(composer.text()).isEqualTo("ㅏ");
    }

    @Test
    void punctuationIsTypedLiterallyAndCommitsTheSyllable() {
        HangulComposer composer = new HangulComposer();
        for (char key : "ㅎㅏㄴ-1".toCharArray()) {
            composer.press(key);
        }
        assertThat(composer.text()).isEqualTo("한-1");
        composer.backspace();
        composer.backspace();
        assertThat(composer.text()).isEqualTo("한");
    }

    @Test
    void aCopyIsIndependent() {
        HangulComposer composer = new HangulComposer();
        composer.press('ㄱ');
        HangulComposer copy = composer.copy();
        copy.press('ㅏ');
        assertThat(composer.text()).isEqualTo("ㄱ");
        assertThat(copy.text()).isEqualTo("가");
    }

    @ParameterizedTest
    @ValueSource(chars = {'ㄳ', 'ㅘ', 'ㅢ', '한', 'ᄀ', '\t', '\n'})
    void refusesWhatIsNotAKeyNamingTheCharacter(char notAKey) {
        HangulComposer composer = new HangulComposer();
        assertThatThrownBy(() -> composer.press(notAKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.format("U+%04X", (int) notAKey));
    }
}
