package org.madang.device.content.survey;

import java.util.List;
import java.util.Objects;
import org.madang.device.content.Localized;

/**
 * A group of questions under one heading.
 *
 * @param id stable id within the survey
 * @param title the heading shown above its questions
 * @param questions the questions in the order asked
 */
public record Section(String id, Localized title, List<Question> questions) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        questions = List.copyOf(questions);
    }
}
