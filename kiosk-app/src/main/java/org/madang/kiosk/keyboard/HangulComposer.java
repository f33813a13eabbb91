package org.madang.kiosk.keyboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Korean 2-set (두벌식) syllable composition, key by key, exactly as libhangul's keyboard "2" with
 * its default options (no auto-reorder, no doubling by double stroke, NON_CHOSEONG_COMBI on: ㄱㅅ
 * shows ㄳ). The oracle is {@code shared/tools/hangul-ref}; {@code HangulDifferentialTest} compares
 * the two on more than 10,000 sequences.
 *
 * <p>The syllable being composed is a stack of keystrokes, so Backspace takes off exactly one key
 * (half of ㅘ, the ㄱ of ㄺ); a committed syllable is deleted whole and never re-opened. Plain Java,
 * not thread-safe: one composer per text field, used on the UI thread.
 */
public final class HangulComposer {

    /** The 19 initial consonants in Unicode order: U+AC00 + (initial × 21 + medial) × 28 + final. */
    private static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    /** The 21 medial vowels in Unicode order (U+314F..U+3163, contiguous). */
    private static final String MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    /** The 27 finals in Unicode order; index 0 (no final) is the placeholder '-'. */
    private static final String FINALS = "-ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
    /** The 33 jamo that are keys (Shift gives ㄲ ㄸ ㅃ ㅆ ㅉ ㅒ ㅖ); compounds are typed as two keys. */
    private static final String KEYS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ";

    /** Two-key compound finals (libhangul's default combination table, jongseong part). */
    private static final Map<String, Character> COMPOUND_FINALS = Map.ofEntries(
            Map.entry("ㄱㅅ", 'ㄳ'), Map.entry("ㄴㅈ", 'ㄵ'), Map.entry("ㄴㅎ", 'ㄶ'),
            Map.entry("ㄹㄱ", 'ㄺ'), Map.entry("ㄹㅁ", 'ㄻ'), Map.entry("ㄹㅂ", 'ㄼ'),
            Map.entry("ㄹㅅ", 'ㄽ'), Map.entry("ㄹㅌ", 'ㄾ'), Map.entry("ㄹㅍ", 'ㄿ'),
            Map.entry("ㄹㅎ", 'ㅀ'), Map.entry("ㅂㅅ", 'ㅄ'));
    /** Two-key compound vowels. */
    private static final Map<String, Character> COMPOUND_VOWELS = Map.ofEntries(
            Map.entry("ㅗㅏ", 'ㅘ'), Map.entry("ㅗㅐ", 'ㅙ'), Map.entry("ㅗㅣ", 'ㅚ'),
            Map.entry("ㅜㅓ", 'ㅝ'), Map.entry("ㅜㅔ", 'ㅞ'), Map.entry("ㅜㅣ", 'ㅟ'),
            Map.entry("ㅡㅣ", 'ㅢ'));

    private enum Slot { INITIAL, MEDIAL, FINAL }

    /**
     * One keystroke of the syllable being composed: the slot it filled, the slot's value after it
     * (ㄺ for the ㄱ of 닭) and the key itself (what moves to the next syllable when a vowel follows).
     */
    private record Stroke(Slot slot, char value, char key) {
    }

    private final StringBuilder committed = new StringBuilder();
    private final List<Stroke> strokes = new ArrayList<>(6);

    /** An empty composer. */
    public HangulComposer() {
    }

    /**
     * Types one key: one of the 33 compatibility jamo that are 2-set keys (ㄱ…ㅎ incl. ㄲ ㄸ ㅃ ㅆ ㅉ,
     * ㅏ…ㅣ incl. ㅒ ㅖ), or a character typed literally (space, ASCII letters and digits, or other
     * printable non-Hangul characters such as '-'), which first commits the syllable being composed.
     *
     * @throws IllegalArgumentException for compound jamo that are not keys (ㄳ, ㅘ: type two keys),
     *     precomposed syllables, other Hangul jamo and control characters
     */
    public void press(char key) {
        if (KEYS.indexOf(key) >= 0) {
            if (isVowel(key)) {
                vowel(key);
            } else {
                consonant(key);
            }
            return;
        }
        if (isHangul(key) || Character.isISOControl(key) || Character.isSurrogate(key)) {
            throw new IllegalArgumentException("HangulComposer.press: '" + key + "' (U+"
                    + String.format("%04X", (int) key) + ") is not a 2-set key nor a literal character;"
                    + " expected one of " + KEYS + ", a space, a letter or a digit"
                    + " (compound jamo such as ㅘ are typed as two keys: ㅗㅏ)");
        }
        commit();
        committed.append(key);
    }

    /**
     * Backspace: takes the last keystroke off the syllable being composed; with nothing being
     * composed, deletes the last committed character (a whole syllable such as 달). Does nothing on
     * empty text.
     */
    public void backspace() {
        if (!strokes.isEmpty()) {
            strokes.removeLast();
        } else if (!committed.isEmpty()) {
            committed.setLength(committed.length() - 1);
        }
    }

    /** The whole text: what is committed plus the syllable being composed. */
    public String text() {
        return committed + composing();
    }

    /** The syllable being composed (the end of {@link #text()}), empty if none: views underline it. */
    public String composing() {
        char initial = current(Slot.INITIAL);
        char medial = current(Slot.MEDIAL);
        char fin = current(Slot.FINAL);
        if (initial != 0 && medial != 0) {
            int syllable = 0xAC00 + (INITIALS.indexOf(initial) * 21 + MEDIALS.indexOf(medial)) * 28
                    + (fin == 0 ? 0 : FINALS.indexOf(fin));
            return String.valueOf((char) syllable);
        }
        if (fin != 0) {
            // Two consonants without a vowel (ㄱㅅ): libhangul shows only their compound, ㄳ.
            return String.valueOf(fin);
        }
        if (initial != 0) {
            return String.valueOf(initial);
        }
        return medial != 0 ? String.valueOf(medial) : "";
    }

    /** Empties the text and the syllable being composed. */
    public void clear() {
        committed.setLength(0);
        strokes.clear();
    }

    /** An independent composer in the same state: lets a caller try a key before accepting it. */
    HangulComposer copy() {
        HangulComposer copy = new HangulComposer();
        copy.committed.append(committed);
        copy.strokes.addAll(strokes);
        return copy;
    }

    /** Replaces everything with {@code text}, committed (nothing being composed). */
    void reset(String text) {
        clear();
        committed.append(text);
    }

    /** Commits the syllable being composed: Backspace will delete it whole from now on. */
    void commit() {
        committed.append(composing());
        strokes.clear();
    }

    private void consonant(char key) {
        char initial = current(Slot.INITIAL);
        char medial = current(Slot.MEDIAL);
        char fin = current(Slot.FINAL);
        if (fin != 0) {
            // ㄹ then ㄱ → ㄺ; anything else (ㄱㄱ, ㄸ, a third consonant) starts a new syllable.
            Character compound = COMPOUND_FINALS.get("" + fin + key);
            if (compound != null) {
                strokes.add(new Stroke(Slot.FINAL, compound, key));
            } else {
                startWith(new Stroke(Slot.INITIAL, key, key));
            }
        } else if (medial != 0) {
            // A final needs an initial (no reordering of a lone vowel); ㄸ ㅃ ㅉ are never finals.
            if (initial != 0 && FINALS.indexOf(key) > 0) {
                strokes.add(new Stroke(Slot.FINAL, key, key));
            } else {
                startWith(new Stroke(Slot.INITIAL, key, key));
            }
        } else if (initial != 0) {
            // NON_CHOSEONG_COMBI: two consonants that make a compound final combine (ㄱㅅ → ㄳ).
            Character compound = COMPOUND_FINALS.get("" + initial + key);
            if (compound != null) {
                strokes.add(new Stroke(Slot.FINAL, compound, key));
            } else {
                startWith(new Stroke(Slot.INITIAL, key, key));
            }
        } else {
            strokes.add(new Stroke(Slot.INITIAL, key, key));
        }
    }

    private void vowel(char key) {
        char medial = current(Slot.MEDIAL);
        if (current(Slot.FINAL) != 0) {
            // The last consonant key moves to the new syllable: 닭 + ㅏ → 달가, 갔 + ㅏ → 가싸, ㄳ + ㅏ → ㄱ사.
            Stroke moved = strokes.removeLast();
            startWith(new Stroke(Slot.INITIAL, moved.key(), moved.key()));
            strokes.add(new Stroke(Slot.MEDIAL, key, key));
        } else if (medial != 0) {
            Character compound = COMPOUND_VOWELS.get("" + medial + key);
            if (compound != null) {
                strokes.add(new Stroke(Slot.MEDIAL, compound, key));
            } else {
                startWith(new Stroke(Slot.MEDIAL, key, key));
            }
        } else {
            strokes.add(new Stroke(Slot.MEDIAL, key, key));
        }
    }

    private void startWith(Stroke first) {
        commit();
        strokes.add(first);
    }

    /** The slot's value: strokes fill initial, medial, final in that order, so the last one wins. */
    private char current(Slot slot) {
        for (int i = strokes.size() - 1; i >= 0; i--) {
            if (strokes.get(i).slot() == slot) {
                return strokes.get(i).value();
            }
        }
        return 0;
    }

    private static boolean isVowel(char jamo) {
        return jamo >= 'ㅏ' && jamo <= 'ㅣ';
    }

    private static boolean isHangul(char c) {
        return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) || (c >= 0xA960 && c <= 0xA97F)
                || (c >= 0xAC00 && c <= 0xD7FF);
    }
}
