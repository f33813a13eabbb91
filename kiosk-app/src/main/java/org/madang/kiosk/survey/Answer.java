package org.madang.kiosk.survey;

import java.util.List;
import java.util.Objects;

/** One respondent's answer to one question, before it is checked against the question's rules. */
public sealed interface Answer {

    /**
     * Options picked in a choice question ({@link SurveyRun#OTHER} for "other").
     *
     * @param picked option ids, in the order the options are shown
     * @param otherText what was typed for "other"; empty when "other" is not picked
     */
    record Choice(List<String> picked, String otherText) implements Answer {
        public Choice {
            picked = List.copyOf(picked);
            Objects.requireNonNull(otherText, "otherText");
        }

        /** Picked options, no "other" text. */
        public static Choice of(String... picked) {
            return new Choice(List.of(picked), "");
        }
    }

    /** A point on a rating scale. */
    record Rating(int value) implements Answer {
    }

    /** A whole number. */
    record Number(long value) implements Answer {
    }

    /** Yes ({@code true}) or no. */
    record YesNo(boolean yes) implements Answer {
    }

    /** Free text, as typed (ends trimmed when recorded). */
    record Text(String text) implements Answer {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }
}
