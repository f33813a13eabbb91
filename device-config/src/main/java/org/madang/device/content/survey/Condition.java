package org.madang.device.content.survey;

import java.util.Objects;
import java.util.Set;

/**
 * Shows a question only when an earlier question's answer is one of some values: an option id, a
 * rating or number as decimal text, or {@code yes} / {@code no}. For a multiple-choice question,
 * any chosen option in the set counts.
 *
 * @param questionId the earlier question
 * @param anyOf the answers that show the question
 */
public record Condition(String questionId, Set<String> anyOf) {

    public Condition {
        Objects.requireNonNull(questionId, "questionId");
        anyOf = Set.copyOf(anyOf);
    }
}
