package org.madang.kiosk.ui.view;

import static org.madang.kiosk.ui.view.Widgets.button;
import static org.madang.kiosk.ui.view.Widgets.label;
import static org.madang.kiosk.ui.view.Widgets.spacer;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.madang.device.content.Event;
import org.madang.device.profile.Language;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.text.Texts;

/** The welcome screen: language, large text, high contrast, check-in, staff. */
final class AttractView {

    private final KioskViewModel vm;
    private final Texts texts;
    private final VBox root = new VBox();
    private final Button language;
    private final Button largeText;
    private final Button contrast;
    private final Button staff;
    private final javafx.scene.layout.GridPane bar = new javafx.scene.layout.GridPane();
    private final Label event = label("attract-event", "title");
    private final Button checkin;
    private final Button survey;
    private final Button vote;
    private final Label hint = label("attract-hint", "body");

    AttractView(KioskViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        language = button("language", vm::toggleLanguage, "toggle", "language");
        largeText = button("large-text", vm::toggleLargeText, "toggle");
        contrast = button("high-contrast", vm::toggleHighContrast, "toggle");
        staff = button("staff", vm::openPinPad, "toggle", "staff-button");
        checkin = button("checkin", vm::startCheckin, "primary", "checkin-button");
        checkin.setMaxWidth(Double.MAX_VALUE);
        survey = button("survey", vm::startSurvey, "primary", "checkin-button", "survey-button");
        survey.setMaxWidth(Double.MAX_VALUE);
        survey.setPrefWidth(0);
        javafx.scene.layout.HBox.setHgrow(survey, javafx.scene.layout.Priority.ALWAYS);
        vote = button("vote", vm::startVoting, "primary", "checkin-button", "vote-button");
        vote.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(checkin, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox.setHgrow(vote, javafx.scene.layout.Priority.ALWAYS);
        checkin.setPrefWidth(0);
        vote.setPrefWidth(0);
        // Equal heights too: one title wrapping to two lines must not leave its neighbours shorter.
        for (Button door : new Button[] {checkin, vote, survey}) {
            door.setMaxHeight(Double.MAX_VALUE);
        }

        bar.getStyleClass().add("bar");
        for (Button button : new Button[] {language, largeText, contrast, staff}) {
            button.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            javafx.scene.layout.GridPane.setHgrow(button, javafx.scene.layout.Priority.ALWAYS);
            javafx.scene.layout.GridPane.setFillHeight(button, true);
        }
        root.widthProperty().addListener((o, a, b) -> arrange());
        root.heightProperty().addListener((o, a, b) -> arrange());
        arrange();

        // Check-in, voting and surveys side by side, equal widths: voting and surveys show only while open.
        javafx.scene.layout.HBox doors = new javafx.scene.layout.HBox(checkin, vote, survey);
        doors.getStyleClass().add("vote-doors");
        VBox middle = new VBox(event, doors, hint);
        middle.getStyleClass().add("middle");
        middle.setAlignment(Pos.CENTER);
        root.getChildren().addAll(bar, spacer(), middle, spacer());
        root.getStyleClass().addAll("screen", "attract");
        root.setAlignment(Pos.TOP_CENTER);
    }

    // One row of four in landscape, two rows of two in portrait: equal widths, so longer words wrap.
    private void arrange() {
        boolean portrait = root.getHeight() > root.getWidth() && root.getWidth() > 0;
        bar.getChildren().clear();
        bar.getColumnConstraints().clear();
        int columns = portrait ? 2 : 4;
        Button[] buttons = {language, largeText, contrast, staff};
        for (int i = 0; i < buttons.length; i++) {
            bar.add(buttons[i], i % columns, i / columns);
        }
        for (int i = 0; i < columns; i++) {
            javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            bar.getColumnConstraints().add(column);
        }
    }

    VBox node() {
        return root;
    }

    void render() {
        Language lang = vm.language().get();
        language.setText(texts.get(lang, "language.switch"));
        largeText.setText(texts.get(lang, vm.largeText().get() ? "large-text.on" : "large-text.off"));
        contrast.setText(texts.get(lang, vm.highContrast().get() ? "contrast.on" : "contrast.off"));
        toggleClass(largeText, vm.largeText().get());
        toggleClass(contrast, vm.highContrast().get());
        staff.setText(texts.get(lang, "staff.open"));
        Optional<Event> active = vm.activeEvent().get();
        event.setText(active.map(vm::title).orElseGet(() -> texts.get(lang, "attract.no-event")));
        checkin.setText(texts.get(lang, "attract.checkin"));
        hint.setText(texts.get(lang, "attract.checkin.hint"));
        survey.setText(texts.get(lang, "survey.attract"));
        Widgets.show(survey, vm.survey().available().get());
        vote.setText(texts.get(lang, "vote.attract"));
        Widgets.show(vote, vm.vote().available().get());
    }

    static void toggleClass(javafx.scene.Node node, boolean on) {
        node.getStyleClass().remove("on");
        if (on) {
            node.getStyleClass().add("on");
        }
    }
}
