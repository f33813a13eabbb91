package org.madang.kiosk.ui.view;

import static org.madang.kiosk.ui.view.Widgets.button;
import static org.madang.kiosk.ui.view.Widgets.label;
import static org.madang.kiosk.ui.view.Widgets.shape;
import static org.madang.kiosk.ui.view.Widgets.spacer;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.madang.device.content.Event;
import org.madang.device.profile.Language;
import org.madang.kiosk.ui.model.CameraStatus;
import org.madang.kiosk.ui.model.CheckinFeedback;
import org.madang.kiosk.ui.model.FeedbackKind;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.Screen;
import org.madang.kiosk.ui.text.Texts;

/**
 * The check-in screen: the event, where to hold the code (a picture of the scanner, or the camera's
 * live preview when a camera runs), and each outcome in a large panel.
 */
final class CheckinView {

    // A QR-like pattern for the picture; 1 = dark module.
    private static final int[][] QR = {
        {1, 1, 1, 0, 1, 1, 1},
        {1, 0, 1, 0, 1, 0, 1},
        {1, 1, 1, 0, 1, 1, 1},
        {0, 0, 0, 1, 0, 1, 0},
        {1, 1, 1, 0, 1, 1, 0},
        {1, 0, 1, 1, 0, 0, 1},
        {1, 1, 1, 0, 1, 0, 1},
    };

    private final KioskViewModel vm;
    private final Texts texts;
    private final BorderPane root = new BorderPane();
    private final Button back;
    private final Label title = label("event-title", "heading");
    private final Label facts = label("event-facts", "body");
    private final Label instruction = label("instruction", "heading");
    private final Label instructionDetail = label("instruction-detail", "body");
    private final Label scannerLabel = label("scanner-label", "body", "scanner-label");
    private final Label cameraStatus = label("camera-status", "body", "warning");
    private final Label cameraStarting = label("camera-starting", "body", "scanner-label");
    private final CameraPreview preview = new CameraPreview();
    private final StackPane camera;
    // The scanner picture or the camera preview, whichever guides the resident.
    private final VBox guide;
    private final Pane ready;
    private final HBox top;
    private HBox headline;
    private final HBox readyRow;
    private final VBox readyColumn;
    private final VBox picture;
    private final VBox words;
    private final VBox feedbackPanel = new VBox();
    private final Region feedbackIcon = shape("feedback-icon");
    private final Label feedbackTitle = label("feedback-title", "title", "on-colour");
    private final Label feedbackDetail = label("feedback-detail", "feedback-detail", "on-colour");
    private final Label feedbackNext = label("feedback-next", "body", "on-colour");

    CheckinView(KioskViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        back = button("back", vm::home, "toggle");
        VBox eventBox = new VBox(title, facts);
        eventBox.getStyleClass().add("event-box");
        HBox.setHgrow(eventBox, javafx.scene.layout.Priority.ALWAYS);
        top = new HBox(back, eventBox);
        top.getStyleClass().add("bar");
        top.setAlignment(Pos.CENTER_LEFT);
        root.setTop(top);

        picture = picture();
        camera = new StackPane(preview.node(), cameraStarting);
        camera.getStyleClass().add("camera");
        camera.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        camera.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        guide = new VBox(picture, camera);
        guide.setAlignment(Pos.CENTER);
        words = new VBox(instruction, instructionDetail, cameraStatus);
        words.getStyleClass().add("words");
        words.setAlignment(Pos.CENTER_LEFT);
        readyRow = new HBox();
        readyRow.getStyleClass().add("ready-row");
        readyRow.setAlignment(Pos.CENTER);
        readyColumn = new VBox();
        readyColumn.getStyleClass().add("ready-row");
        readyColumn.setAlignment(Pos.CENTER);
        ready = new StackPane(readyRow, readyColumn);

        headline = new HBox(feedbackIcon, feedbackTitle);
        headline.getStyleClass().add("feedback-headline");
        headline.setAlignment(Pos.CENTER);
        feedbackPanel.getChildren().addAll(spacer(), headline, feedbackDetail, spacer(), feedbackNext);
        // Touching the outcome clears it for the next person (one view-model call).
        feedbackPanel.setOnMouseClicked(e -> vm.checkin().ready());
        feedbackPanel.getStyleClass().add("feedback");
        feedbackPanel.setAlignment(Pos.CENTER);
        feedbackPanel.setId("feedback");
        root.setCenter(new StackPane(ready, feedbackPanel));
        root.getStyleClass().addAll("screen", "checkin");
        root.widthProperty().addListener((o, a, b) -> arrange());
        root.heightProperty().addListener((o, a, b) -> arrange());
        arrange();
    }

    private VBox picture() {
        GridPane code = new GridPane();
        code.getStyleClass().add("qr");
        for (int row = 0; row < QR.length; row++) {
            for (int col = 0; col < QR[row].length; col++) {
                Region module = new Region();
                module.getStyleClass().add(QR[row][col] == 1 ? "qr-dark" : "qr-light");
                code.add(module, col, row);
            }
        }
        StackPane phone = new StackPane(code);
        phone.getStyleClass().add("phone");
        Region arrow = shape("arrow-down");
        StackPane scanner = new StackPane(scannerLabel);
        scanner.getStyleClass().add("scanner");
        VBox box = new VBox(phone, arrow, scanner);
        box.getStyleClass().add("picture");
        box.setAlignment(Pos.CENTER);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    // Side by side in landscape, stacked in portrait: layout only, decided by the window's shape.
    private void arrange() {
        boolean portrait = root.getHeight() > root.getWidth() && root.getWidth() > 0;
        sizeCamera(portrait);
        readyRow.getChildren().clear();
        readyColumn.getChildren().clear();
        // The mark beside the headline in landscape; above it in portrait, where the words need the width.
        if (headline != null) {
            feedbackPanel.getChildren().remove(feedbackIcon);
            headline.getChildren().setAll(portrait ? java.util.List.of(feedbackTitle)
                    : java.util.List.of(feedbackIcon, feedbackTitle));
            if (portrait) {
                feedbackPanel.getChildren().add(feedbackPanel.getChildren().indexOf(headline), feedbackIcon);
            }
        }
        if (portrait) {
            readyColumn.getChildren().addAll(words, guide);
        } else {
            readyRow.getChildren().addAll(guide, words);
        }
        Widgets.show(readyRow, !portrait);
        Widgets.show(readyColumn, portrait);
    }

    // 4:3 like the camera; a fixed share of the window, since an ImageView does not take CSS sizes.
    private void sizeCamera(boolean portrait) {
        double width = root.getWidth() > 0 ? root.getWidth() : 800;
        double height = root.getHeight() > 0 ? root.getHeight() : 480;
        double boxWidth = portrait ? Math.min(width * 0.7, height * 0.35 * 4 / 3) : Math.min(width * 0.38, height * 0.55 * 4 / 3);
        double boxHeight = boxWidth * 3 / 4;
        camera.setPrefSize(boxWidth, boxHeight);
        preview.node().setFitWidth(boxWidth);
        preview.node().setFitHeight(boxHeight);
    }

    BorderPane node() {
        return root;
    }

    /** Where the camera's frames go (on the camera's thread). */
    CameraPreview preview() {
        return preview;
    }

    void render() {
        Language lang = vm.language().get();
        back.setText(texts.get(lang, "checkin.back"));
        Optional<Event> event = vm.activeEvent().get();
        title.setText(event.map(vm::title).orElseGet(() -> texts.get(lang, "checkin.no-event")));
        facts.setText(event.map(e -> texts.get(lang, "checkin.event.date", KioskViewModel.day(e)) + "  ·  "
                + texts.get(lang, "checkin.event.points", e.points())).orElse(""));
        CameraStatus cameraState = vm.camera().status().get();
        boolean cameraOn = cameraState == CameraStatus.STARTING || cameraState == CameraStatus.LIVE;
        String instructionKey = cameraOn ? "checkin.instruction.camera" : "checkin.instruction";
        instruction.setText(texts.get(lang, instructionKey));
        instructionDetail.setText(texts.get(lang, instructionKey + ".detail"));
        scannerLabel.setText(texts.get(lang, "checkin.picture.scanner"));
        cameraStarting.setText(texts.get(lang, "checkin.camera.starting"));
        Widgets.show(cameraStarting, cameraState == CameraStatus.STARTING);
        cameraStatus.setText(texts.get(lang, "checkin.camera.unavailable"));
        Widgets.show(cameraStatus, cameraState == CameraStatus.UNAVAILABLE);
        // The detail is the least needed line: in large text it does not fit beside the instruction
        // (English runs long), and the camera warning takes its place.
        Widgets.show(instructionDetail, cameraState != CameraStatus.UNAVAILABLE && !vm.largeText().get());
        Widgets.show(picture, !cameraOn);
        Widgets.show(camera, cameraOn);

        CheckinFeedback feedback = vm.checkin().feedback().get();
        boolean showing = feedback.kind() != FeedbackKind.READY;
        preview.showing(cameraOn && !showing && vm.screen().get() == Screen.CHECKIN);
        Widgets.show(ready, !showing);
        // The outcome gets the whole screen for its few seconds: large words matter more than the header.
        top.setVisible(!showing);
        top.setManaged(!showing);
        Widgets.show(feedbackPanel, showing);
        feedbackPanel.getStyleClass().removeIf(c -> c.startsWith("feedback-"));
        feedbackPanel.getStyleClass().add("feedback-" + feedback.kind().name().toLowerCase(java.util.Locale.ROOT));
        feedbackIcon.getStyleClass().removeIf(c -> c.startsWith("icon-"));
        feedbackIcon.getStyleClass().add("icon-" + feedback.kind().name().toLowerCase(java.util.Locale.ROOT));
        feedbackTitle.setText(feedback.headline().map(m -> texts.get(lang, m)).orElse(""));
        feedbackDetail.setText(feedback.detail().map(m -> texts.get(lang, m)).orElse(""));
        feedbackNext.setText(feedback.kind() == FeedbackKind.WORKING ? "" : texts.get(lang, "checkin.next"));
    }
}
