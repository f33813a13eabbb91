package org.madang.kiosk.ui.view;

import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.madang.device.profile.Language;
import org.madang.kiosk.scan.fx.KeyboardWedgeFilter;
import org.madang.kiosk.scan.wedge.WedgeTiming;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.Screen;
import org.madang.kiosk.ui.text.Texts;
import org.madang.kiosk.ui.view.survey.SurveyView;
import org.madang.kiosk.ui.view.vote.VoteStaffView;
import org.madang.kiosk.ui.view.vote.VoteView;

/**
 * The kiosk's scene graph: one screen at a time, the idle countdown over it, and banners for a
 * missing Korean font or demo services. Text scales with the window: 28 px body text at 800×480
 * (or 480×800), proportionally larger on bigger screens, ×1.25 in large-text mode.
 */
public final class KioskView {

    /** Body text size at the reference 800×480 (readable Hangul at arm's length). */
    public static final double BASE_FONT_PX = 28;
    /** Large-text mode's factor. */
    public static final double LARGE_TEXT_FACTOR = 1.25;

    /** The kiosk's stylesheet (every screen, set-up mode too). */
    public static final String STYLESHEET = "/org/madang/kiosk/ui/kiosk.css";

    private final KioskViewModel vm;
    private final Texts texts;
    private final Optional<String> fontFamily;
    private final StackPane root = new StackPane();
    private final AttractView attract;
    private final CheckinView checkin;
    private final PinPadView pinPad;
    private final StaffView staff;
    private final SurveyView survey;
    private final VoteView vote;
    private final VoteStaffView voteStaff;
    private final CountdownView countdown;
    private final Label fontWarning = Widgets.label("font-warning", "body", "warning");
    private final Label demoBanner = Widgets.label("demo-banner", "body", "demo-banner");

    /** Builds the view for {@code vm}; {@code fontFamily} is the Korean-capable family found, if any. */
    public KioskView(KioskViewModel vm, Texts texts, Optional<String> fontFamily) {
        this.vm = vm;
        this.texts = texts;
        this.fontFamily = fontFamily;
        attract = new AttractView(vm, texts);
        checkin = new CheckinView(vm, texts);
        pinPad = new PinPadView(vm, texts);
        staff = new StaffView(vm, texts);
        survey = new SurveyView(vm, texts);
        vote = new VoteView(vm, texts);
        voteStaff = new VoteStaffView(vm, texts);
        countdown = new CountdownView(vm, texts);
        StackPane screens = new StackPane(attract.node(), checkin.node(), pinPad.node(), staff.node(),
                vote.node(), voteStaff.node(), survey.node());
        VBox banners = new VBox(fontWarning, demoBanner);
        banners.setAlignment(Pos.CENTER);
        BorderPane frame = new BorderPane(screens);
        frame.setBottom(banners);
        root.getChildren().addAll(frame, countdown.node());
        root.getStyleClass().add("kiosk");
        root.getStylesheets().add(KioskView.class.getResource(STYLESHEET).toExternalForm());
        fontWarning.setText(texts.get(Language.KO, "font.missing"));
        fontWarning.setVisible(fontFamily.isEmpty());
        fontWarning.setManaged(fontFamily.isEmpty());
        demoBanner.setVisible(vm.demo());
        demoBanner.setManaged(vm.demo());

        vm.screen().observe(s -> render());
        vm.language().observe(l -> render());
        vm.largeText().observe(on -> restyle());
        vm.highContrast().observe(on -> restyle());
        vm.activeEvent().observe(e -> render());
        vm.idleCountdown().observe(s -> countdown.render());
        vm.checkin().feedback().observe(f -> checkin.render());
        vm.camera().status().observe(s -> checkin.render());
        vm.pinPad().dots().observe(d -> pinPad.render());
        vm.pinPad().status().observe(s -> pinPad.render());
        vm.pinPad().busy().observe(b -> pinPad.render());
        vm.staff().status().observe(s -> staff.render());
        vm.staff().events().observe(e -> staff.render());
        vm.staff().statusFailed().observe(e -> staff.render());
        vm.survey().page().observe(p -> survey.render());
        vm.survey().available().observe(a -> attract.render());
        observeVoting();
        root.widthProperty().addListener((o, a, b) -> restyle());
        root.heightProperty().addListener((o, a, b) -> restyle());
        restyle();
    }

    private void observeVoting() {
        Runnable renderVote = () -> {
            if (vm.screen().get() == Screen.VOTE) {
                vote.render();
            }
        };
        vm.vote().step().observe(s -> renderVote.run());
        vm.vote().code().observe(s -> renderVote.run());
        vm.vote().notice().observe(s -> renderVote.run());
        vm.vote().draft().observe(s -> renderVote.run());
        vm.vote().polls().observe(s -> renderVote.run());
        vm.vote().available().observe(s -> attract.render());
        Runnable renderStaff = () -> {
            if (vm.screen().get() == Screen.VOTE_STAFF) {
                voteStaff.render();
            }
        };
        vm.voteStaff().polls().observe(s -> renderStaff.run());
        vm.voteStaff().confirming().observe(s -> renderStaff.run());
        vm.voteStaff().sheet().observe(s -> renderStaff.run());
        vm.voteStaff().busy().observe(s -> renderStaff.run());
        vm.voteStaff().problem().observe(s -> renderStaff.run());
    }

    /** The root node to put in a scene. */
    public Parent root() {
        return root;
    }

    /**
     * Where a camera hands its frames for the check-in screen's live preview; call it on the camera's
     * frame thread (it converts there and passes only the newest frame to the JavaFX thread).
     */
    public java.util.function.Consumer<java.awt.image.BufferedImage> cameraPreview() {
        return checkin.preview();
    }

    /**
     * Tells the view model of every touch anywhere (restarting the idle time) without consuming it:
     * this is a filter, not a touch handler, so each control still calls its one method.
     */
    public void watchTouches(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> vm.touched());
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> vm.touched());
    }

    private void render() {
        Screen current = vm.screen().get();
        show(attract.node(), current == Screen.ATTRACT);
        show(checkin.node(), current == Screen.CHECKIN);
        show(pinPad.node(), current == Screen.STAFF_PIN);
        show(staff.node(), current == Screen.STAFF);
        show(survey.node(), current == Screen.SURVEY);
        if (current != Screen.SURVEY) {
            survey.cleared();
        }
        show(vote.node(), current == Screen.VOTE);
        show(voteStaff.node(), current == Screen.VOTE_STAFF);
        demoBanner.setText(texts.get(vm.language().get(), "demo.banner"));
        attract.render();
        checkin.render();
        pinPad.render();
        staff.render();
        survey.render();
        if (current == Screen.VOTE) {
            vote.render();
        }
        if (current == Screen.VOTE_STAFF) {
            voteStaff.render();
        }
        countdown.render();
        root.getProperties().put("screen", current.name().toLowerCase(Locale.ROOT));
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        Widgets.show(node, visible);
    }

    private void restyle() {
        styleRoot(root, vm.largeText().get(), fontFamily);
        toggle("high-contrast", vm.highContrast().get());
        toggle("large-text", vm.largeText().get());
        render();
    }

    /**
     * Sets the root's font for a window of {@code width}×{@code height} (0 before the first layout:
     * 800×480 assumed): 28 px at 800×480, scaled by the tighter side, larger for large text. The size
     * is also kept on the root for {@link Widgets#rootFontPx}, for sizes the stylesheet cannot express.
     */
    public static void styleRoot(Region root, boolean largeText, Optional<String> fontFamily) {
        double w = root.getWidth() > 0 ? root.getWidth() : 800;
        double h = root.getHeight() > 0 ? root.getHeight() : 480;
        // 800×480 is the reference in either orientation; scale by whichever side is tighter.
        double scale = Math.min(Math.max(w, h) / 800, Math.min(w, h) / 480);
        double px = BASE_FONT_PX * scale * (largeText ? LARGE_TEXT_FACTOR : 1);
        StringBuilder style = new StringBuilder(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", px));
        fontFamily.ifPresent(family -> style.append(" -fx-font-family: \"").append(family).append("\";"));
        root.setStyle(style.toString());
        root.getProperties().put(Widgets.ROOT_FONT_PX, px);
    }

    private void toggle(String styleClass, boolean on) {
        root.getStyleClass().remove(styleClass);
        if (on) {
            root.getStyleClass().add(styleClass);
        }
    }

    /**
     * Lets a keyboard-wedge scanner (a USB scanner that types its payload and Enter) scan on this
     * screen: its bursts are swallowed before any control sees them and handed to the view model.
     * {@code timing} says when keys are a burst ({@code --wedge-gap}; tests allow longer pauses).
     */
    public void acceptKeyboardScanner(Scene scene, WedgeTiming timing) {
        KeyboardWedgeFilter.install(scene, timing, new FxScanBridge(vm));
    }
}
