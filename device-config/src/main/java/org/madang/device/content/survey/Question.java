package org.madang.device.content.survey;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.content.Localized;

/** One question of a survey; the kiosk shows at most one per screen. */
public sealed interface Question {

    /** Stable id within the survey; the response's key for the answer. */
    String id();

    /** The question as asked. */
    Localized text();

    /** Whether the respondent must answer before going on. */
    boolean required();

    /** When the question shows; empty for always. */
    Optional<Condition> showIf();

    /**
     * Pick from options: single choice when {@code max} is 1, else multiple choice.
     *
     * @param options the options in the order shown
     * @param min the fewest options to pick when answering (at least 1)
     * @param max the most options to pick
     * @param other whether an "other" option with a typed text is offered ({@code other} in the response)
     */
    record Choice(String id, Localized text, boolean required, Optional<Condition> showIf, List<Option> options,
            int min, int max, boolean other) implements Question {
        public Choice {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(showIf, "showIf");
            options = List.copyOf(options);
        }

        /** Whether one option at most is picked. */
        public boolean single() {
            return max == 1;
        }
    }

    /**
     * A rating scale, e.g. 1–5 with labels at some points, or 0–10.
     *
     * @param from the lowest rating
     * @param to the highest rating
     * @param labels labels of some ratings (e.g. 1 "전혀 아니다", 5 "매우 그렇다")
     */
    record Rating(String id, Localized text, boolean required, Optional<Condition> showIf, int from, int to,
            Map<Integer, Localized> labels) implements Question {
        public Rating {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(showIf, "showIf");
            labels = Map.copyOf(labels);
        }
    }

    /** Yes or no ({@code yes} / {@code no} in the response). */
    record YesNo(String id, Localized text, boolean required, Optional<Condition> showIf) implements Question {
        public YesNo {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(showIf, "showIf");
        }
    }

    /**
     * A whole number within a range (e.g. years lived in the dong).
     *
     * @param min the smallest accepted
     * @param max the largest accepted
     * @param unit what the number counts, shown after it (e.g. 년 / years); may be empty
     */
    record Number(String id, Localized text, boolean required, Optional<Condition> showIf, long min, long max,
            Localized unit) implements Question {
        public Number {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(showIf, "showIf");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /**
     * Free text typed on the on-screen keyboard.
     *
     * @param maxLength the most characters accepted
     * @param multiline a long answer (several lines) rather than a short one
     */
    record Text(String id, Localized text, boolean required, Optional<Condition> showIf, int maxLength,
            boolean multiline) implements Question {
        public Text {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(showIf, "showIf");
        }
    }
}
