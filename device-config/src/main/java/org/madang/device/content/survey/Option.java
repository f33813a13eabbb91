package org.madang.device.content.survey;

import java.util.Objects;
import org.madang.device.content.Localized;

/**
 * One answer to pick in a choice question.
 *
 * @param id stable id within the question; what the response records
 * @param label what the screen shows
 */
public record Option(String id, Localized label) {

    public Option {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
