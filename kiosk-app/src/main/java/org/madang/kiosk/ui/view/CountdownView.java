package org.madang.kiosk.ui.view;

import static org.madang.kiosk.ui.view.Widgets.button;
import static org.madang.kiosk.ui.view.Widgets.label;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.madang.device.profile.Language;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.text.Texts;

/** The idle warning over any screen: the seconds left and one big "continue" button. */
final class CountdownView {

    private final KioskViewModel vm;
    private final Texts texts;
    private final StackPane root = new StackPane();
    private final Label title = label("idle-title", "title");
    private final Label seconds = label("idle-seconds", "countdown-number");
    private final Label detail = label("idle-detail", "heading");
    private final Button resume;

    CountdownView(KioskViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        resume = button("idle-continue", vm::continueSession, "primary");
        resume.setMaxWidth(Double.MAX_VALUE);
        VBox card = new VBox(title, seconds, detail, resume);
        card.getStyleClass().add("card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.getStyleClass().add("countdown");
        root.setId("countdown");
    }

    StackPane node() {
        return root;
    }

    void render() {
        Language lang = vm.language().get();
        Optional<Integer> left = vm.idleCountdown().get();
        Widgets.show(root, left.isPresent());
        title.setText(texts.get(lang, "idle.title"));
        seconds.setText(left.map(String::valueOf).orElse(""));
        detail.setText(left.map(s -> texts.get(lang, "idle.detail", s)).orElse(""));
        resume.setText(texts.get(lang, "idle.continue"));
    }
}
