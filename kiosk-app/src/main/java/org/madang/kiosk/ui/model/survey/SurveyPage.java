package org.madang.kiosk.ui.model.survey;

import java.util.Objects;
import java.util.Optional;
import org.madang.kiosk.ui.model.Message;

/**
 * What the survey screen shows, as one value the view observes: the page, a problem to point out
 * (e.g. "한 가지를 골라 주세요"), and a revision that changes whenever an answer does, so a
 * changed selection is rendered even when the page stays the same.
 */
public record SurveyPage(SurveyStep step, Optional<Message> problem, long revision) {

    public SurveyPage {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(problem, "problem");
    }
}
