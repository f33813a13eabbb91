package org.madang.kiosk.ui.view.setup;

import static org.madang.kiosk.ui.view.Widgets.button;
import static org.madang.kiosk.ui.view.Widgets.label;
import static org.madang.kiosk.ui.view.Widgets.show;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.madang.device.cli.Provisioning;
import org.madang.device.content.Localized;
import org.madang.device.profile.Language;
import org.madang.kiosk.setup.AdminPinChoice;
import org.madang.kiosk.setup.CheckResult;
import org.madang.kiosk.setup.CheckStatus;
import org.madang.kiosk.ui.model.setup.SetupViewModel;
import org.madang.kiosk.ui.model.setup.SetupViewModel.Page;
import org.madang.kiosk.ui.model.setup.SetupViewModel.Step;
import org.madang.kiosk.ui.text.Texts;
import org.madang.kiosk.ui.view.CameraPreview;
import org.madang.kiosk.ui.view.Keypad;
import org.madang.kiosk.ui.view.KioskView;
import org.madang.kiosk.ui.view.Widgets;

/**
 * The set-up screen: the enrollment QR prompt (scan it, or read it from a USB stick), then the
 * check list with its start button. Binds and renders {@link SetupViewModel}; decides nothing.
 */
public final class SetupView {

    private final SetupViewModel vm;
    private final Texts texts;
    private final Optional<String> fontFamily;
    private final BorderPane root = new BorderPane();
    private final Label title = label("setup-title", "title");
    private final Button language;
    private final VBox scan = new VBox();
    private final ScrollPane scanScroll = scroll(scan);
    private final Label instruction = label("setup-instruction", "heading");
    private final Label hint = label("setup-hint", "body");
    private final Button usb;
    private final VBox problem = new VBox();
    private final Label notice = label("setup-notice", "body", "setup-notice");
    private final VBox usbFiles = new VBox();
    private final Label working = label("setup-working", "heading");
    // What the camera sees, beside the prompt, so staff can aim the enrollment sheet at it.
    private final CameraPreview preview = new CameraPreview();
    private final HBox scanRow;
    private final VBox checks = new VBox();
    private final Label done = label("setup-done", "body", "fact-name");
    private final GridPane list = new GridPane();
    private final Label startNote = label("setup-start-note", "body");
    private final Button recheck;
    private final Button start;
    private final Button pinButton;
    private final HBox pinPanel = new HBox();
    private final Label pinTitle = label("setup-pin-title", "heading");
    private final Label pinInstruction = label("setup-pin-instruction", "body");
    private final Label pinDots = label("setup-pin-dots", "pin-dots");
    private final Label pinMessage = label("setup-pin-message", "body", "status");
    private final Label pinSaved = label("setup-pin-saved", "body");
    private final Button pinCancel;
    private final Keypad keypad;

    /** The screen for {@code vm}; {@code fontFamily} is the Korean-capable family found, if any. */
    public SetupView(SetupViewModel vm, Texts texts, Optional<String> fontFamily) {
        this.vm = vm;
        this.texts = texts;
        this.fontFamily = fontFamily;
        language = button("setup-language", vm::toggleLanguage);
        usb = button("setup-usb", vm::readUsb, "primary");
        recheck = button("setup-recheck", vm::recheckNow);
        start = button("setup-start", vm::start, "primary");
        pinButton = button("setup-pin", vm::choosePin);
        pinCancel = button("setup-pin-cancel", vm::cancelPin);
        keypad = new Keypad("setup-pin", vm::pinDigit, vm::pinErase, vm::pinOk);

        HBox bar = new HBox(title, Widgets.spacer(), language);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("bar");

        problem.setId("setup-problem");
        problem.getStyleClass().add("setup-problem");
        usbFiles.getStyleClass().add("setup-files");
        usb.setMaxWidth(Double.MAX_VALUE);
        // What just happened first: below the prompt, a refusal fell under the fold at 800x480 and the
        // screen seemed not to react to the scan.
        scan.getChildren().addAll(problem, notice, usbFiles, instruction, hint, usb);
        scan.getStyleClass().add("setup-scan");

        list.setId("setup-checks");
        list.getStyleClass().add("setup-checks");
        VBox listBox = new VBox(done, list);
        listBox.getStyleClass().add("setup-scan");
        ScrollPane listScroll = scroll(listBox);
        VBox.setVgrow(listScroll, Priority.ALWAYS);
        startNote.setMaxWidth(Double.MAX_VALUE);
        // The note on its own line: beside the buttons it squeezed them to "시…".
        HBox buttons = new HBox(pinButton, recheck, start);
        buttons.getStyleClass().add("bar");
        for (Button b : List.of(pinButton, recheck, start)) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        checks.getChildren().addAll(listScroll, pinSaved, startNote, buttons);
        pinCancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox pinTitleRow = new HBox(pinTitle, Widgets.spacer(), pinCancel);
        pinTitleRow.setAlignment(Pos.CENTER_LEFT);
        VBox pinInfo = new VBox(pinTitleRow, pinInstruction, pinDots, pinMessage);
        pinInfo.getStyleClass().add("pin-info");
        // Words on the left 40 %, keys on the right, as on the staff PIN pad: wrapped text needs a width.
        pinInfo.minWidthProperty().bind(root.widthProperty().multiply(0.4));
        pinInfo.maxWidthProperty().bind(root.widthProperty().multiply(0.4));
        keypad.node().setPrefWidth(0);
        pinPanel.getChildren().addAll(pinInfo, keypad.node());
        pinPanel.getStyleClass().add("pin-layout");
        pinPanel.setMinHeight(0);
        VBox.setVgrow(pinPanel, Priority.ALWAYS);

        working.setMaxWidth(Double.MAX_VALUE);
        working.setAlignment(Pos.CENTER);
        preview.node().setId("setup-camera");
        StackPane previewBox = new StackPane(preview.node());
        previewBox.getStyleClass().add("camera");
        // The picture keeps its third of the width; the words beside it wrap instead.
        previewBox.setMinWidth(Region.USE_PREF_SIZE);
        previewBox.setMaxHeight(Region.USE_PREF_SIZE);
        scanScroll.setMinWidth(0);
        scanRow = new HBox(scanScroll, previewBox);
        scanRow.getStyleClass().add("bar");
        HBox.setHgrow(scanScroll, Priority.ALWAYS);
        Widgets.show(previewBox, vm.cameraConfigured());
        root.widthProperty().addListener((o, a, b) -> {
            // A third of the width, 4:3, at most what the rows under the title leave.
            double width = b.doubleValue() / 3;
            preview.node().setFitWidth(width);
            preview.node().setFitHeight(width * 3 / 4);
        });
        VBox middle = new VBox(scanRow, working, checks, pinPanel);
        VBox.setVgrow(scanRow, Priority.ALWAYS);
        VBox.setVgrow(checks, Priority.ALWAYS);
        VBox.setVgrow(working, Priority.ALWAYS);

        root.setTop(bar);
        root.setCenter(middle);
        root.getStyleClass().addAll("kiosk", "screen");
        root.getStylesheets().add(KioskView.class.getResource(KioskView.STYLESHEET).toExternalForm());
        root.widthProperty().addListener((o, a, b) -> restyle());
        root.heightProperty().addListener((o, a, b) -> restyle());
        vm.page().observe(p -> render());
        vm.language().observe(l -> render());
        vm.pin().observe(p -> render());
        restyle();
    }

    /** Where the camera hands its frames (on its own thread) while the prompt shows. */
    public CameraPreview cameraPreview() {
        return preview;
    }

    /** The root node to put in the scene. */
    public Parent root() {
        return root;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.getStyleClass().add("setup-scroll");
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return pane;
    }

    private void restyle() {
        KioskView.styleRoot(root, false, fontFamily);
        render();
    }

    private void render() {
        Language lang = vm.language().get();
        Page page = vm.page().get();
        title.setText(texts.get(lang, "setup.title"));
        language.setText(texts.get(lang, "setup.language"));
        show(scanRow, page.step() == Step.SCAN);
        preview.showing(page.step() == Step.SCAN && vm.cameraConfigured());
        show(working, page.step() == Step.WORKING);
        boolean pinOpen = page.step() == Step.CHECKS && vm.pin().get().open();
        show(checks, page.step() == Step.CHECKS && !pinOpen);
        show(pinPanel, pinOpen);
        switch (page.step()) {
            case SCAN -> renderScan(lang, page);
            case WORKING -> working.setText(texts.get(lang, "setup.working"));
            case CHECKS -> {
                renderChecks(lang, page);
                renderPin(lang, vm.pin().get());
            }
        }
    }

    private void renderScan(Language lang, Page page) {
        instruction.setText(texts.get(lang, "setup.instruction"));
        hint.setText(texts.get(lang, "setup.hint"));
        usb.setText(texts.get(lang, "setup.usb"));
        notice.setText(page.notice().map(m -> texts.get(lang, m)).orElse(""));
        show(notice, page.notice().isPresent());
        usbFiles.getChildren().clear();
        for (int i = 0; i < page.usbFiles().size(); i++) {
            Path file = page.usbFiles().get(i);
            Button choice = button("setup-file-" + i, () -> vm.chooseUsb(file));
            choice.setText(file.getFileName() + "\n" + file.getParent());
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setAlignment(Pos.CENTER_LEFT);
            usbFiles.getChildren().add(choice);
        }
        problem.getChildren().clear();
        for (int i = 0; i < page.problem().size(); i++) {
            problem.getChildren().add(line("setup-problem-" + i, page.problem().get(i), lang, i == 0 ? "heading" : "body"));
        }
        show(problem, !page.problem().isEmpty());
        scanScroll.setVvalue(0);
    }

    private void renderChecks(Language lang, Page page) {
        done.setText(page.done().map(m -> texts.get(lang, m)).orElse(""));
        list.getChildren().clear();
        int row = 0;
        for (CheckResult result : page.checks()) {
            String id = "setup-check-" + result.item().name().toLowerCase(Locale.ROOT);
            Label mark = label(id + "-mark", "setup-mark", "setup-mark-" + result.status().name().toLowerCase(Locale.ROOT));
            mark.setText(texts.get(lang, "setup.status." + result.status().name().toLowerCase(Locale.ROOT)));
            mark.setMinWidth(Region.USE_PREF_SIZE);
            Label name = label(id + "-name", "body", "fact-name");
            name.setText(texts.get(lang, "setup.item." + result.item().name().toLowerCase(Locale.ROOT)));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label detail = label(id, "body");
            detail.setText(texts.get(lang, result.key(), result.args().toArray()));
            GridPane.setHgrow(detail, Priority.ALWAYS);
            // Top-aligned: centred beside a three-line detail, the mark scrolled out of view first.
            for (Node cell : List.of(mark, name, detail)) {
                GridPane.setValignment(cell, VPos.TOP);
            }
            list.addRow(row++, mark, name, detail);
        }
        if (page.checks().isEmpty()) {
            Label wait = label("setup-checking", "body");
            wait.setText(texts.get(lang, "setup.checking"));
            list.addRow(0, wait);
        }
        recheck.setText(texts.get(lang, "setup.recheck"));
        recheck.setDisable(page.checking());
        start.setText(texts.get(lang, "setup.start"));
        start.setDisable(!page.canStart());
        startNote.setText(texts.get(lang, page.checks().isEmpty() ? "setup.checking"
                : page.canStart() ? "setup.start.ready" : blocking(page)));
    }

    private void renderPin(Language lang, SetupViewModel.PinPage pin) {
        pinButton.setText(texts.get(lang, pin.set() ? "setup.pin.change" : "setup.pin.choose"));
        pinButton.setDisable(pin.saving());
        pinSaved.setText(pin.set() ? texts.get(lang, "setup.pin.saved") : "");
        show(pinSaved, pin.set() && !pin.open());
        pinTitle.setText(texts.get(lang, "setup.pin.title"));
        pinInstruction.setText(texts.get(lang, pin.stage() == AdminPinChoice.Stage.FIRST ? "setup.pin.first"
                : "setup.pin.confirm"));
        pinDots.setText("\u25CF ".repeat(pin.digits()).trim());
        pinMessage.setText(pin.message().map(m -> texts.get(lang, m)).orElse(""));
        pinCancel.setText(texts.get(lang, "pin.cancel"));
        keypad.delete().setText(texts.get(lang, "pin.delete"));
        keypad.ok().setText(texts.get(lang, "pin.ok"));
        keypad.node().setDisable(pin.saving());
    }

    private static String blocking(Page page) {
        boolean waiting = page.checks().stream().anyMatch(r -> r.status() == CheckStatus.WAITING);
        boolean failed = page.checks().stream().anyMatch(r -> r.status() == CheckStatus.FAILED);
        return failed ? "setup.start.failed" : waiting ? "setup.start.waiting" : "setup.checking";
    }

    private static Label line(String id, Localized text, Language lang, String styleClass) {
        Label label = label(id, styleClass);
        label.setText(text.in(lang));
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
