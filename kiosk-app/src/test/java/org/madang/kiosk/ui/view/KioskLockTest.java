package org.madang.kiosk.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KioskLockTest {

    @ParameterizedTest(name = "{0} alt={1} ctrl={2} meta={3} swallowed={4}")
    @CsvSource({
        "ESCAPE, false, false, false, true",
        "F4,     true,  false, false, true",
        "Q,      false, true,  false, true",
        "W,      false, true,  false, true",
        "F11,    false, false, false, true",
        "TAB,    true,  false, false, true",
        "D,      false, false, true,  true",
        "WINDOWS,false, false, false, true",
        // What a keyboard-wedge scanner types must pass.
        "A,      false, false, false, false",
        "DIGIT7, false, false, false, false",
        "ENTER,  false, false, false, false",
        "MINUS,  false, false, false, false",
    })
    void swallowsExitShortcutsButLetsScannerKeysThrough(KeyCode code, boolean alt, boolean control, boolean meta,
            boolean swallowed) {
        KeyEvent event = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, control, alt, meta);
        assertThat(KioskLock.isShortcut(event)).isEqualTo(swallowed);
    }
}
