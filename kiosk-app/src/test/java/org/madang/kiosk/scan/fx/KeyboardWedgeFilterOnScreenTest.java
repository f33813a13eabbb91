package org.madang.kiosk.scan.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.madang.kiosk.ui.testing.WedgeScan;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The installed filter on a real scene with a focused TextField: what the field's own key
 * handling makes of consumed and re-delivered events. Needs a display (CI: Xvfb); skipped without.
 */
class KeyboardWedgeFilterOnScreenTest {

    private static TextField field;
    private static final List<String> scans = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void showAField() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "no display: run under xvfb-run to include the on-screen test");
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test class started the toolkit; reuse it
        }
        onFx(() -> {
            field = new TextField();
            var scene = new Scene(new VBox(field), 400, 100);
            KeyboardWedgeFilter.install(scene, WedgeScan.TIMING, (payload, source) -> scans.add(payload));
            var stage = new Stage();
            stage.setScene(scene);
            stage.show();
            field.requestFocus();
            return null;
        });
    }

    private static <T> T onFx(Supplier<T> action) throws Exception {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    private static String textOfField() throws Exception {
        Supplier<String> text = field::getText;
        return onFx(text);
    }

    private static void typeAtOnce(String text, boolean enter) {
        for (char c : text.toCharArray()) {
            String s = String.valueOf(c);
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.UNDEFINED,
                    false, false, false, false));
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, s, "", KeyCode.UNDEFINED, false, false, false, false));
        }
        if (enter) {
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.ENTER,
                    false, false, false, false));
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, "\r", "", KeyCode.UNDEFINED, false, false, false, false));
        }
    }

    @Test
    void aBurstNeverReachesTheFieldAndAPersonsKeyArrivesAfterTheGap() throws Exception {
        onFx(() -> {
            field.setText("");
            typeAtOnce("MDG1.scanned-token", true);
            return null;
        });
        assertThat(scans).contains("MDG1.scanned-token");
        assertThat(textOfField()).isEmpty();

        onFx(() -> {
            typeAtOnce("7", false);
            return null;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "7".equals(field.getText()));
        assertThat(textOfField()).isEqualTo("7");
    }
}
