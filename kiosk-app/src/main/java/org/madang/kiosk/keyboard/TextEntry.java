package org.madang.kiosk.keyboard;

import java.util.List;
import java.util.Objects;
import org.madang.kiosk.ui.model.State;

/**
 * The view model of an on-screen keyboard and the field it types into: the layouts (한글 2-set,
 * English QWERTY, a number pad), one-shot Shift, a length limit, and optionally numbers only. Plain
 * Java, tested without a screen; an {@code OnScreenKeyboard} renders it and calls exactly one method
 * per tap. Used on the UI thread only.
 */
public final class TextEntry {

    /** The keyboard's layouts; each key is named by what it types without Shift. */
    public enum Layout {
        /** 두벌식 (KS X 5002): Shift gives ㅃ ㅉ ㄸ ㄲ ㅆ ㅒ ㅖ. */
        KOREAN(List.of("ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ", "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ", "ㅋㅌㅊㅍㅠㅜㅡ"), "ㅂㅈㄷㄱㅅㅐㅔ", "ㅃㅉㄸㄲㅆㅒㅖ"),
        /** QWERTY: Shift gives capitals. */
        ENGLISH(List.of("qwertyuiop", "asdfghjkl", "zxcvbnm"), "abcdefghijklmnopqrstuvwxyz",
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        /** Digits as on a phone pad, and the minus sign. */
        NUMBER(List.of("123", "456", "789", "-0"), "", "");

        private final List<String> rows;
        private final String plain;
        private final String shifted;

        Layout(List<String> rows, String plain, String shifted) {
            this.rows = rows;
            this.plain = plain;
            this.shifted = shifted;
        }

        /** The rows of keys, top to bottom; each string holds one row's keys, left to right. */
        public List<String> rows() {
            return rows;
        }

        /** What {@code key} types with Shift: ㄱ → ㄲ, q → Q; the key itself where Shift changes nothing. */
        public char shifted(char key) {
            int i = plain.indexOf(key);
            return i < 0 ? key : shifted.charAt(i);
        }

        /** Whether Shift changes any key of this layout (the number pad has no Shift key). */
        public boolean hasShift() {
            return !plain.isEmpty();
        }
    }

    private final HangulComposer composer = new HangulComposer();
    private final int maxLength;
    private final boolean numberOnly;
    private final boolean minusAllowed;
    private final State<String> text = new State<>("");
    private final State<String> composing = new State<>("");
    private final State<Layout> layout;
    private final State<Boolean> shifted = new State<>(false);
    private final State<Boolean> full = new State<>(false);

    private TextEntry(int maxLength, boolean numberOnly, boolean minusAllowed) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("TextEntry maxLength is " + maxLength
                    + "; expected at least 1 (the number of characters the answer may have)");
        }
        this.maxLength = maxLength;
        this.numberOnly = numberOnly;
        this.minusAllowed = minusAllowed;
        this.layout = new State<>(numberOnly ? Layout.NUMBER : Layout.KOREAN);
    }

    /** Free text of at most {@code maxLength} characters, starting on the Korean layout. */
    public static TextEntry text(int maxLength) {
        return new TextEntry(maxLength, false, false);
    }

    /**
     * A number of at most {@code maxLength} characters: the number pad only, digits, and a minus
     * sign as the first character if {@code minusAllowed}. Range checks belong to the question.
     */
    public static TextEntry number(int maxLength, boolean minusAllowed) {
        return new TextEntry(maxLength, true, minusAllowed);
    }

    /** The whole text typed so far, including the syllable being composed. */
    public State<String> text() {
        return text;
    }

    /** The syllable being composed, at the end of {@link #text()} (empty if none): shown underlined. */
    public State<String> composing() {
        return composing;
    }

    /** The layout shown. */
    public State<Layout> layout() {
        return layout;
    }

    /** Whether the next key types its Shift character (one-shot: it turns off after one key). */
    public State<Boolean> shifted() {
        return shifted;
    }

    /** Whether the text has reached {@link #maxLength()}: keys that would make it longer do nothing. */
    public State<Boolean> full() {
        return full;
    }

    /** The most characters the text may have. */
    public int maxLength() {
        return maxLength;
    }

    /** Whether this entry takes numbers only (no layout switching, no space). */
    public boolean numberOnly() {
        return numberOnly;
    }

    /** The rows of keys this entry offers on the current layout (the number pad without '-' where it cannot be typed). */
    public List<String> rows() {
        Layout current = layout.get();
        if (current == Layout.NUMBER && numberOnly && !minusAllowed) {
            return current.rows().stream().map(row -> row.replace("-", "")).toList();
        }
        return current.rows();
    }

    /**
     * A key tap: {@code key} is what the key types without Shift ({@code 'ㄱ'}, {@code 'q'},
     * {@code '7'}); Shift, if on, is applied and then turns off. Does nothing if the text would get
     * longer than {@link #maxLength()} or, for numbers, if the key is not a digit or an allowed minus.
     */
    public void press(char key) {
        char typed = shifted.get() ? layout.get().shifted(key) : key;
        shifted.set(false);
        if (numberOnly && !(Character.isDigit(typed) && typed < 128
                || typed == '-' && minusAllowed && text.get().isEmpty())) {
            return;
        }
        HangulComposer attempt = composer.copy();
        attempt.press(typed);
        if (attempt.text().length() <= maxLength) {
            composer.press(typed);
        }
        publish();
    }

    /** The space bar (not on number entries). */
    public void space() {
        if (!numberOnly) {
            press(' ');
        }
    }

    /** Backspace: one key off the syllable being composed, else the last character. */
    public void backspace() {
        composer.backspace();
        publish();
    }

    /** The Shift key: on for the next key, or off again. */
    public void toggleShift() {
        if (layout.get().hasShift()) {
            shifted.set(!shifted.get());
        }
    }

    /** Shows {@code next}; the syllable being composed is finished first. Number entries stay on the number pad. */
    public void switchLayout(Layout next) {
        Objects.requireNonNull(next, "next");
        if (numberOnly || next == layout.get()) {
            return;
        }
        composer.commit();
        shifted.set(false);
        layout.set(next);
        publish();
    }

    /** Empties the text. */
    public void clear() {
        composer.clear();
        shifted.set(false);
        publish();
    }

    /**
     * Replaces the text with {@code value}, nothing being composed (an answer given before, when the
     * respondent comes back to the question).
     *
     * @throws IllegalArgumentException if it is longer than {@link #maxLength()} or, for numbers, not a number
     */
    public void setText(String value) {
        Objects.requireNonNull(value, "value");
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("TextEntry.setText: \"" + value + "\" has " + value.length()
                    + " characters; expected at most " + maxLength);
        }
        if (numberOnly && !value.matches(minusAllowed ? "-?[0-9]*" : "[0-9]*")) {
            throw new IllegalArgumentException("TextEntry.setText: \"" + value + "\" is not a number; expected digits"
                    + (minusAllowed ? " after an optional '-'" : " only"));
        }
        composer.reset(value);
        publish();
    }

    private void publish() {
        text.set(composer.text());
        composing.set(composer.composing());
        full.set(composer.text().length() >= maxLength);
    }
}
