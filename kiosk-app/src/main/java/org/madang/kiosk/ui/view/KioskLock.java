package org.madang.kiosk.ui.view;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * Keeps a resident inside the kiosk: full screen without decorations, the exit-full-screen key
 * disabled, close requests refused, and shortcut keys swallowed. Plain characters and Enter pass,
 * because keyboard-wedge scanners type them. What the operating system must block as well (VT
 * switching, the window manager's own keys) is listed in docs/decisions/0008.
 */
public final class KioskLock {

    private KioskLock() {
    }

    /** Makes {@code stage} undecorated; call before it is shown. */
    public static void prepare(Stage stage) {
        stage.initStyle(StageStyle.UNDECORATED);
    }

    /** Full screen (when {@code fullScreen}), no way out by keys or the close button. */
    public static void lock(Stage stage, Scene scene, boolean fullScreen) {
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(fullScreen);
        stage.setOnCloseRequest(event -> event.consume());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, KioskLock::swallowShortcut);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, KioskLock::swallowShortcut);
    }

    /** Whether {@code event} is a key a resident could use to leave or disturb the kiosk. */
    static boolean isShortcut(KeyEvent event) {
        KeyCode code = event.getCode();
        return event.isAltDown() || event.isControlDown() || event.isMetaDown() || event.isShortcutDown()
                || code == KeyCode.ESCAPE || code.isFunctionKey() || code == KeyCode.WINDOWS
                || code == KeyCode.CONTEXT_MENU;
    }

    private static void swallowShortcut(KeyEvent event) {
        if (isShortcut(event)) {
            event.consume();
        }
    }
}
