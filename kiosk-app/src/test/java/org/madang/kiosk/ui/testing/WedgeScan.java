package org.madang.kiosk.ui.testing;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.madang.kiosk.scan.wedge.WedgeTiming;
import org.testfx.util.WaitForAsyncUtils;

/** Types a payload and Enter into a window as a keyboard-wedge scanner does: a burst of keys, microseconds apart. */
public final class WedgeScan {

    /**
     * The wedge timing for screens under test: a pause of up to 1 s inside a burst (a GC, a cold
     * class load, a loaded CI machine) does not split {@link #type}'s burst into typing. The 35 ms
     * default is tested with a fake clock in KeyboardWedgeFilterTest and KeyboardWedgeDetectorTest.
     */
    public static final WedgeTiming TIMING = WedgeTiming.defaults().withMaxGap(java.time.Duration.ofSeconds(1));

    private WedgeScan() {
    }

    /** Fires the keys at the focused node (or the root) of {@code stage}'s scene and waits for the UI thread. */
    public static void type(Stage stage, String payload) {
        WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = stage.getScene();
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            for (char c : payload.toCharArray()) {
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "",
                        KeyCode.UNDEFINED, false, false, false, false));
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.ENTER,
                    false, false, false, false));
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, "\r", "", KeyCode.UNDEFINED, false, false, false,
                    false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
