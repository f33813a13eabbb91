package org.madang.kiosk.ui.view.survey;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;

/**
 * A plain text field standing in for the on-screen keyboard until it lands (branch "keyboard"):
 * tests set its text; a resident could not type into it on a kiosk without a keyboard.
 */
final class FieldTextInput implements SurveyTextInput {

    private final TextField line = new TextField();
    private final TextArea lines = new TextArea();
    private final StackPane root = new StackPane(line, lines);
    private Consumer<String> listener = text -> { };
    private boolean showing;

    FieldTextInput() {
        for (TextInputControl field : new TextInputControl[] {line, lines}) {
            field.getStyleClass().add("survey-field");
            field.setFocusTraversable(false);
            field.textProperty().addListener((o, before, after) -> {
                if (!showing) {
                    listener.accept(after);
                }
            });
        }
        lines.setWrapText(true);
        lines.setPrefRowCount(3);
        root.getStyleClass().add("survey-text-input");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(String text, boolean multiline, String fieldId) {
        showing = true;
        try {
            TextInputControl field = multiline ? lines : line;
            if (!field.getText().equals(text)) {
                field.setText(text);
            }
            line.setId(multiline ? null : fieldId);
            lines.setId(multiline ? fieldId : null);
            line.setVisible(!multiline);
            line.setManaged(!multiline);
            lines.setVisible(multiline);
            lines.setManaged(multiline);
        } finally {
            showing = false;
        }
    }

    @Override
    public void onTyped(Consumer<String> typed) {
        this.listener = typed;
    }

    @Override
    public void clear() {
        show("", false, "survey-text");
        show("", true, "survey-text");
    }
}
