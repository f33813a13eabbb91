package org.madang.kiosk.ui.view;

import static org.madang.kiosk.ui.view.Widgets.button;
import static org.madang.kiosk.ui.view.Widgets.label;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.madang.device.profile.Language;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.PinPadViewModel;
import org.madang.kiosk.ui.text.Texts;

/** The staff PIN pad: dots for the digits, a 3×4 keypad, the lock-out time. */
final class PinPadView {

    private final KioskViewModel vm;
    private final PinPadViewModel pad;
    private final Texts texts;
    private final StackPane root = new StackPane();
    private final HBox landscape = new HBox();
    private final VBox portrait = new VBox();
    private final VBox info;
    private final GridPane keypad;
    private final Label title = label("pin-title", "heading");
    private final Label instruction = label("pin-instruction", "body");
    private final Label dots = label("pin-dots", "pin-dots");
    private final Label status = label("pin-status", "body", "status");
    private final Button cancel;
    private final Button delete;
    private final Button ok;
    private final List<Button> digits = new ArrayList<>();

    PinPadView(KioskViewModel vm, Texts texts) {
        this.vm = vm;
        this.pad = vm.pinPad();
        this.texts = texts;
        cancel = button("pin-cancel", vm::home, "toggle");
        Keypad keys = new Keypad("pin", pad::press, pad::backspace, pad::submit);
        keypad = keys.node();
        delete = keys.delete();
        ok = keys.ok();
        digits.addAll(keys.digits());
        HBox titleRow = new HBox(title, Widgets.spacer(), cancel);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        info = new VBox(titleRow, instruction, dots, status);
        info.getStyleClass().add("pin-info");
        info.setAlignment(Pos.CENTER_LEFT);
        landscape.setMinHeight(0);
        portrait.setMinHeight(0);
        landscape.getStyleClass().add("pin-layout");
        portrait.getStyleClass().add("pin-layout");
        root.getChildren().addAll(landscape, portrait);
        root.getStyleClass().addAll("screen", "pin");
        root.widthProperty().addListener((o, a, b) -> arrange());
        root.heightProperty().addListener((o, a, b) -> arrange());
        arrange();
    }

    private void arrange() {
        boolean tall = root.getHeight() > root.getWidth() && root.getWidth() > 0;
        landscape.getChildren().clear();
        portrait.getChildren().clear();
        if (tall) {
            info.setMinWidth(0);
            info.setPrefWidth(Region.USE_COMPUTED_SIZE);
            portrait.getChildren().addAll(info, keypad);
        } else {
            // Words on the left 40 %, keys on the right: wrapped text needs a definite width.
            info.setPrefWidth(root.getWidth() * 0.4);
            info.setMinWidth(root.getWidth() * 0.4);
            keypad.setPrefWidth(root.getWidth() * 0.6);
            landscape.getChildren().addAll(info, keypad);
        }
        Widgets.show(landscape, !tall);
        Widgets.show(portrait, tall);
    }

    StackPane node() {
        return root;
    }

    void render() {
        Language lang = vm.language().get();
        title.setText(texts.get(lang, "pin.title"));
        instruction.setText(texts.get(lang, "pin.instruction"));
        dots.setText("\u25CF ".repeat(pad.dots().get()).trim());
        status.setText(pad.status().get().map(m -> texts.get(lang, m)).orElse(""));
        cancel.setText(texts.get(lang, "pin.cancel"));
        delete.setText(texts.get(lang, "pin.delete"));
        ok.setText(texts.get(lang, "pin.ok"));
        boolean disabled = pad.busy().get() || pad.locked();
        digits.forEach(key -> key.setDisable(disabled));
        ok.setDisable(disabled);
        delete.setDisable(pad.busy().get());
    }
}
