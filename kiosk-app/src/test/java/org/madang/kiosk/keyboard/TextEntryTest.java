package org.madang.kiosk.keyboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.madang.kiosk.keyboard.TextEntry.Layout;

class TextEntryTest {

    /** Taps keys as the keyboard does: '^' is Shift, '_' the space bar, '<' Backspace. */
    private static void tap(TextEntry entry, String keys) {
        for (char key : keys.toCharArray()) {
            switch (key) {
                case '^' -> entry.toggleShift();
                case '_' -> entry.space();
                case '<' -> entry.backspace();
                default -> entry.press(key);
            }
        }
    }

    @Test
    void startsEmptyOnTheKoreanLayout() {
        TextEntry entry = TextEntry.text(20);
        assertThat(entry.layout().get()).isEqualTo(Layout.KOREAN);
        assertThat(entry.text().get()).isEmpty();
        assertThat(entry.rows()).containsExactly("ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ", "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ", "ㅋㅌㅊㅍㅠㅜㅡ");
    }

    @Test
    void typesKoreanWithTheComposingSyllableSeparately() {
        TextEntry entry = TextEntry.text(20);
        tap(entry, "ㅇㅏㄴㄴㅕㅇㅎㅏㅅㅔㅇㅛ_ㄱㅗㅏㅇㅅㅏㄴㄱㅜ");
        assertThat(entry.text().get()).isEqualTo("안녕하세요 광산구");
        assertThat(entry.composing().get()).isEqualTo("구");
    }

    @Test
    void shiftTypesTheTenseConsonantOnceThenTurnsOff() {
        TextEntry entry = TextEntry.text(20);
        tap(entry, "^ㄷㅏ^ㅂㅜㄹ");
        assertThat(entry.text().get()).isEqualTo("따뿔");
        assertThat(entry.shifted().get()).isFalse();
        tap(entry, "^");
        assertThat(entry.shifted().get()).isTrue();
        tap(entry, "^");
        assertThat(entry.shifted().get()).isFalse();
    }

    @Test
    void shiftGivesTheTwoShiftedVowelsAndLeavesOtherKeysAlone() {
        TextEntry entry = TextEntry.text(20);
        tap(entry, "ㅇ^ㅐ_ㄱ^ㅔ_^ㅁㅏ");
        assertThat(entry.text().get()).isEqualTo("얘 계 마");
    }

    @Test
    void englishShiftIsOneShot() {
        TextEntry entry = TextEntry.text(20);
        entry.switchLayout(Layout.ENGLISH);
        tap(entry, "^gwangsan^gu");
        assertThat(entry.text().get()).isEqualTo("GwangsanGu");
        assertThat(entry.composing().get()).isEmpty();
    }

    @Test
    void switchingLayoutFinishesTheSyllableAndTurnsShiftOff() {
        TextEntry entry = TextEntry.text(20);
        tap(entry, "ㄷㅏㄹ^");
        entry.switchLayout(Layout.NUMBER);
        assertThat(entry.composing().get()).isEmpty();
        assertThat(entry.shifted().get()).isFalse();
        tap(entry, "12<<<");
        assertThat(entry.text().get()).as("달 was committed: one Backspace deletes it whole").isEmpty();
    }

    @Test
    void keysThatWouldPassTheLimitDoNothingAndFullSaysSo() {
        TextEntry entry = TextEntry.text(3);
        tap(entry, "ㄱㅏㄴㅏ");
        assertThat(entry.full().get()).isFalse();
        tap(entry, "ㄷㅏ");
        assertThat(entry.text().get()).isEqualTo("가나다");
        assertThat(entry.full().get()).isTrue();
        // A final consonant still fits into the last syllable; a new syllable or a space does not.
        tap(entry, "ㄹ");
        assertThat(entry.text().get()).isEqualTo("가나달");
        tap(entry, "ㅏ_ㅇ");
        assertThat(entry.text().get()).isEqualTo("가나달");
        tap(entry, "<");
        assertThat(entry.text().get()).isEqualTo("가나다");
        assertThat(entry.full().get()).isTrue();
        tap(entry, "<<");
        assertThat(entry.full().get()).isFalse();
    }

    @Test
    void numberEntryTakesDigitsAndALeadingMinusOnly() {
        TextEntry entry = TextEntry.number(4, true);
        assertThat(entry.layout().get()).isEqualTo(Layout.NUMBER);
        tap(entry, "-1-2ㄱa_3");
        assertThat(entry.text().get()).isEqualTo("-123");
        assertThat(entry.full().get()).isTrue();
        entry.switchLayout(Layout.KOREAN);
        assertThat(entry.layout().get()).isEqualTo(Layout.NUMBER);
    }

    @Test
    void numberEntryWithoutMinusHasNoMinusKey() {
        TextEntry entry = TextEntry.number(3, false);
        tap(entry, "-7");
        assertThat(entry.text().get()).isEqualTo("7");
        assertThat(entry.rows()).containsExactly("123", "456", "789", "0");
        assertThat(TextEntry.number(3, true).rows()).containsExactly("123", "456", "789", "-0");
    }

    @Test
    void statesTellTheirListenersOfEveryChange() {
        TextEntry entry = TextEntry.text(10);
        List<String> texts = new ArrayList<>();
        List<String> composing = new ArrayList<>();
        entry.text().observe(texts::add);
        entry.composing().observe(composing::add);
        tap(entry, "ㄱㅏ_");
        assertThat(texts).containsExactly("", "ㄱ", "가", "가 ");
        assertThat(composing).containsExactly("", "ㄱ", "가", "");
    }

    @Test
    void clearEmptiesAndSetTextRestoresAnEarlierAnswer() {
        TextEntry entry = TextEntry.text(10);
        tap(entry, "ㄱㅏ");
        entry.clear();
        assertThat(entry.text().get()).isEmpty();
        entry.setText("닭갈비");
        assertThat(entry.text().get()).isEqualTo("닭갈비");
        assertThat(entry.composing().get()).isEmpty();
        tap(entry, "<");
        assertThat(entry.text().get()).isEqualTo("닭갈");
    }

    @Test
    void refusesALimitBelowOneAndTextsThatDoNotFit() {
        assertThatThrownBy(() -> TextEntry.text(0)).hasMessageContaining("maxLength is 0");
        assertThatThrownBy(() -> TextEntry.text(2).setText("닭갈비")).hasMessageContaining("at most 2");
        assertThatThrownBy(() -> TextEntry.number(5, false).setText("-12")).hasMessageContaining("not a number");
    }
}
