package org.madang.kiosk.ui.view.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.device.profile.Language;
import org.madang.kiosk.keyboard.TextEntry;
import org.madang.kiosk.keyboard.TextEntry.Layout;
import org.madang.kiosk.ui.model.State;
import org.madang.kiosk.ui.text.Texts;
import org.madang.kiosk.ui.view.KioskView;
import org.madang.kiosk.ui.view.KoreanFont;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The keyboard in a real window on the virtual X server, typed on by robot clicks on the key nodes,
 * at 800×480 and 1920×1080; screenshots of every layout go to target/screenshots/keyboard-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class OnScreenKeyboardTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String STYLESHEET = "/org/madang/kiosk/ui/kiosk.css";

    private final Texts texts = new Texts();
    private final State<Language> language = new State<>(Language.KO);
    private Stage stage;

    @Start
    void start(Stage primary) {
        // A fresh undecorated window per test: at 1920x1080 a title bar would push keys off the screen.
        stage = new Stage(StageStyle.UNDECORATED);
    }

    @AfterEach
    void closeWindow() {
        new FxRobot().interact(stage::close);
    }

    @Test
    void tappingKeysTypesTheGreetingExactly(FxRobot robot) {
        TextEntry entry = show(robot, TextEntry.text(40), 800, 480, Set.of());
        tap(robot, "ㅇㅏㄴㄴㅕㅇㅎㅏㅅㅔㅇㅛ_ㄱㅗㅏㅇㅅㅏㄴㄱㅜ");
        assertThat(entry.text().get()).isEqualTo("안녕하세요 광산구");
        assertThat(shown(robot)).isEqualTo("안녕하세요 광산구");
        assertThat(robot.lookup("#keyboard-composing").queryAs(Text.class).getText()).isEqualTo("구");
    }

    @Test
    void tappingKeysTypesDakgalbiAtFullHd(FxRobot robot) {
        TextEntry entry = show(robot, TextEntry.text(40), 1920, 1080, Set.of());
        tap(robot, "ㄷㅏㄹㄱㄱㅏㄹㅂㅣ");
        assertThat(entry.text().get()).isEqualTo("닭갈비");
        assertThat(shown(robot)).isEqualTo("닭갈비");
    }

    @Test
    void shiftTapsTypeTenseConsonantsAndShiftedVowels(FxRobot robot) {
        TextEntry entry = show(robot, TextEntry.text(40), 800, 480, Set.of());
        tap(robot, "ㅇ^ㅔ^ㅂㅡㄴ_^ㄱㅗㅊ");
        assertThat(entry.text().get()).isEqualTo("예쁜 꽃");
    }

    @Test
    void shiftShowsTheShiftedLettersUntilOneIsTyped(FxRobot robot) {
        show(robot, TextEntry.text(40), 800, 480, Set.of());
        tap(robot, "^");
        assertThat(label(robot, "#key-ㄱ")).isEqualTo("ㄲ");
        assertThat(label(robot, "#key-ㅔ")).isEqualTo("ㅖ");
        assertThat(robot.lookup("#key-shift").query().getStyleClass()).contains("on");
        tap(robot, "ㄱ");
        assertThat(label(robot, "#key-ㄱ")).isEqualTo("ㄱ");
        assertThat(robot.lookup("#key-shift").query().getStyleClass()).doesNotContain("on");
    }

    @Test
    void backspaceTapsTakeOffOneKeyThenWholeSyllables(FxRobot robot) {
        TextEntry entry = show(robot, TextEntry.text(40), 800, 480, Set.of());
        tap(robot, "ㄷㅏㄹㄱ<");
        assertThat(entry.text().get()).isEqualTo("달");
        tap(robot, "ㄱㅏ<<<");
        assertThat(entry.text().get()).isEmpty();
        assertThat(robot.lookup("#keyboard-display").query().isVisible()).isTrue();
    }

    @Test
    void switchesToAbcAnd123ByTaps(FxRobot robot) {
        TextEntry entry = show(robot, TextEntry.text(40), 800, 480, Set.of());
        tap(robot, "ㄱㅜ_");
        robot.clickOn("#key-english");
        assertThat(entry.layout().get()).isEqualTo(Layout.ENGLISH);
        tap(robot, "^gwangsan_");
        robot.clickOn("#key-number");
        tap(robot, "2026");
        robot.clickOn("#key-korean");
        tap(robot, "_ㄴㅕㄴ");
        assertThat(entry.text().get()).isEqualTo("구 Gwangsan 2026 년");
    }

    @Test
    void aLongTextShowsItsEndWithTheSyllableBeingTyped(FxRobot robot) {
        TextEntry entry = show(robot, TextEntry.text(200), 800, 480, Set.of());
        robot.interact(() -> entry.setText("주민총회 사전투표 안건에 대한 의견: 마을 도서관을 더 늦게까지 열어 주시면 좋겠습니다 "));
        tap(robot, "ㄱㅏ");
        Node display = robot.lookup("#keyboard-display").query();
        Node open = robot.lookup("#keyboard-composing").query();
        Bounds box = display.localToScene(display.getLayoutBounds());
        Bounds syllable = open.localToScene(open.getLayoutBounds());
        assertThat(syllable.getMinY()).as("top of 가").isGreaterThanOrEqualTo(box.getMinY());
        assertThat(syllable.getMaxY()).as("bottom of 가").isLessThanOrEqualTo(box.getMaxY());
        assertThat(box.getMaxY()).as("display above the keys")
                .isLessThanOrEqualTo(robot.lookup("#key-ㅂ").query().localToScene(0, 0).getY());
    }

    @Test
    void keyWordsFollowTheLanguage(FxRobot robot) {
        show(robot, TextEntry.text(20), 800, 480, Set.of());
        assertThat(label(robot, "#key-backspace")).isEqualTo("지우기");
        assertThat(label(robot, "#key-space")).isEqualTo("띄어쓰기");
        robot.interact(() -> language.set(Language.EN));
        assertThat(label(robot, "#key-backspace")).isEqualTo("Delete");
        assertThat(robot.lookup("#keyboard-count").queryAs(Label.class).getText()).isEqualTo("0 / 20");
    }

    @Test
    void aNumberEntryShowsOnlyTheNumberPad(FxRobot robot) {
        TextEntry entry = show(robot, TextEntry.number(4, true), 800, 480, Set.of());
        tap(robot, "-42<7");
        assertThat(entry.text().get()).isEqualTo("-47");
        assertThat(robot.lookup("#key-korean").tryQuery()).isEmpty();
        assertThat(robot.lookup("#key-space").tryQuery()).isEmpty();
    }

    @Test
    void keysAreBigEnoughAndInsideTheWindowAtBothSizes(FxRobot robot) {
        for (int[] size : new int[][] {{800, 480}, {1920, 1080}}) {
            for (Set<String> classes : java.util.List.of(Set.<String>of(), Set.of("large-text", "high-contrast"))) {
                TextEntry entry = show(robot, TextEntry.text(40), size[0], size[1], classes);
                for (Layout layout : Layout.values()) {
                    robot.interact(() -> entry.switchLayout(layout));
                    String where = layout + " " + size[0] + "x" + size[1] + " " + classes;
                    double minWidth = size[0] == 800 ? 64 : 90;
                    double minHeight = size[0] == 800 ? 72 : 90;
                    for (Node key : robot.lookup(".keyboard-key").queryAll()) {
                        Bounds b = key.localToScene(key.getLayoutBounds());
                        assertThat(b.getWidth()).as("width of %s, %s", key.getId(), where).isGreaterThanOrEqualTo(minWidth);
                        assertThat(b.getHeight()).as("height of %s, %s", key.getId(), where).isGreaterThanOrEqualTo(minHeight);
                        assertThat(b.getMinX()).as(key.getId()).isGreaterThanOrEqualTo(0);
                        assertThat(b.getMaxY()).as("bottom of %s, %s", key.getId(), where).isLessThanOrEqualTo(size[1] + 0.5);
                        assertThat(b.getMaxX()).as("right of %s, %s", key.getId(), where).isLessThanOrEqualTo(size[0] + 0.5);
                    }
                    Bounds g = robot.lookup(".keyboard-character").query().localToScene(
                            robot.lookup(".keyboard-character").query().getLayoutBounds());
                    System.out.printf("keyboard %s: character key %.0f x %.0f px%n", where, g.getWidth(), g.getHeight());
                    Bounds display = robot.lookup("#keyboard-display").query().localToScene(
                            robot.lookup("#keyboard-display").query().getLayoutBounds());
                    assertThat(display.getMinY()).as("display top, " + where).isGreaterThanOrEqualTo(0);
                    assertThat(display.getHeight()).as("display height, " + where).isGreaterThan(size[1] * 0.06);
                }
            }
        }
    }

    @Test
    void savesScreenshotsOfEveryLayoutAtBothSizes(FxRobot robot) throws IOException {
        for (int[] size : new int[][] {{800, 480}, {1920, 1080}}) {
            String suffix = size[0] + "x" + size[1];
            // Typed through the model here: tapping is what the other tests prove.
            TextEntry entry = show(robot, TextEntry.text(20), size[0], size[1], Set.of());
            robot.interact(() -> type(entry, "ㄷㅏㄹㄱㄱㅏㄹㅂㅣ ㅁㅏㅅㅇ"));
            save(robot, "keyboard-korean-" + suffix);
            robot.interact(entry::toggleShift);
            save(robot, "keyboard-korean-shift-" + suffix);
            robot.interact(() -> {
                entry.switchLayout(Layout.ENGLISH);
                entry.toggleShift();
            });
            save(robot, "keyboard-english-shift-" + suffix);
            robot.interact(() -> entry.switchLayout(Layout.NUMBER));
            save(robot, "keyboard-number-" + suffix);
            TextEntry full = show(robot, TextEntry.text(8), size[0], size[1], Set.of("large-text", "high-contrast"));
            robot.interact(() -> {
                full.setText("안녕하세요 광산");
                full.press('ㄱ');
            });
            save(robot, "keyboard-korean-large-contrast-full-" + suffix);
            TextEntry number = show(robot, TextEntry.number(5, true), size[0], size[1], Set.of());
            robot.interact(() -> type(number, "-12"));
            save(robot, "keyboard-number-only-" + suffix);
            show(robot, TextEntry.text(20), size[0], size[1], Set.of());
            robot.interact(() -> language.set(Language.EN));
            save(robot, "keyboard-korean-en-empty-" + suffix);
            robot.interact(() -> language.set(Language.KO));
        }
        assertThat(Files.list(SCREENSHOTS).filter(p -> p.getFileName().toString().startsWith("keyboard-")).count())
                .isGreaterThanOrEqualTo(14);
    }

    /** Shows a question-like screen: a heading, then the keyboard filling the rest of the window. */
    private TextEntry show(FxRobot robot, TextEntry entry, int width, int height, Set<String> classes) {
        robot.interact(() -> {
            Label question = new Label("자유롭게 의견을 적어 주세요");
            question.getStyleClass().addAll("heading");
            question.setId("question");
            OnScreenKeyboard keyboard = new OnScreenKeyboard(entry, texts, language);
            VBox.setVgrow(keyboard, Priority.ALWAYS);
            VBox screen = new VBox(question, keyboard);
            screen.getStyleClass().add("screen");
            StackPane root = new StackPane(screen);
            root.getStyleClass().add("kiosk");
            root.getStyleClass().addAll(classes);
            root.getStylesheets().add(OnScreenKeyboardTest.class.getResource(STYLESHEET).toExternalForm());
            // As KioskView does: 28 px at 800x480, scaled with the window, x1.25 for large text.
            double px = KioskView.BASE_FONT_PX * Math.min(width / 800.0, height / 480.0)
                    * (classes.contains("large-text") ? KioskView.LARGE_TEXT_FACTOR : 1);
            StringBuilder style = new StringBuilder(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", px));
            KoreanFont.find().ifPresent(f -> style.append(" -fx-font-family: \"").append(f).append("\";"));
            root.setStyle(style.toString());
            stage.setScene(new Scene(root, width, height));
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        return entry;
    }

    /** Taps keys: '^' Shift, '_' the space bar, '<' Backspace, anything else the key that types it. */
    private static void tap(FxRobot robot, String keys) {
        for (char key : keys.toCharArray()) {
            String id = switch (key) {
                case '^' -> "shift";
                case '_' -> "space";
                case '<' -> "backspace";
                case '-' -> "minus";
                default -> String.valueOf(key);
            };
            robot.clickOn("#key-" + id);
        }
    }

    private static void type(TextEntry entry, String keys) {
        for (char key : keys.toCharArray()) {
            entry.press(key);
        }
    }

    private static String shown(FxRobot robot) {
        return robot.lookup("#keyboard-typed").queryAs(Text.class).getText()
                + robot.lookup("#keyboard-composing").queryAs(Text.class).getText();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class).getText();
    }

    private void save(FxRobot robot, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        int[] pixels = new int[width * height];
        image[0].getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, width, height, pixels, 0, width);
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(out, "png", SCREENSHOTS.resolve(name + ".png").toFile());
    }
}
