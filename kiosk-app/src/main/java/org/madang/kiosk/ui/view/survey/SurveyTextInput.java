package org.madang.kiosk.ui.view.survey;

import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * Where a respondent types free text ("other", short and long answers): the field, and below it
 * the keys. A seam so the screen does not depend on how text is entered.
 */
interface SurveyTextInput {

    /** The field and its keys. */
    Node node();

    /** Shows {@code text} in the field (without reporting it back as typed). */
    void show(String text, boolean multiline, String fieldId);

    /** Called with the whole text after every change the respondent makes. */
    void onTyped(Consumer<String> listener);

    /** Forgets any half-composed syllable or other state (a reset). */
    void clear();
}
