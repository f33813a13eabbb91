package org.madang.kiosk.scan.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.scan.wedge.KeyboardWedgeDetector;
import org.madang.kiosk.scan.wedge.WedgeTiming;

/**
 * The filter's event handling with synthetic key events, a hand-driven timer and clock, and a
 * fake "text field" that receives what the filter lets through or re-delivers. No screen needed.
 */
class KeyboardWedgeFilterTest {

    private static final long MS = 1_000_000L;

    private long now = 1_000 * MS;
    private Runnable pendingTimer;
    private long timerDueAt;
    private final StringBuilder field = new StringBuilder();
    private final List<String> scans = new ArrayList<>();
    private final List<KeyEvent> letThrough = new ArrayList<>();

    private final KeyboardWedgeFilter filter = new KeyboardWedgeFilter(
            new KeyboardWedgeDetector(WedgeTiming.defaults()), () -> now,
            (delay, task) -> {
                pendingTimer = task;
                timerDueAt = now + delay;
            },
            event -> field.append(event.getCharacter()),
            (payload, source) -> {
                assertThat(source).isEqualTo(ScanSource.KEYBOARD_WEDGE);
                scans.add(payload);
            });

    /** Passes one event through the filter; what it does not consume reaches the field. */
    private void dispatch(KeyEvent event) {
        filter.handle(event);
        if (!event.isConsumed()) {
            letThrough.add(event);
            if (event.getEventType() == KeyEvent.KEY_TYPED && !event.getCharacter().equals("\r")) {
                field.append(event.getCharacter());
            }
        }
    }

    private void waitMs(long ms) {
        now += ms * MS;
        if (pendingTimer != null && timerDueAt <= now) {
            Runnable task = pendingTimer;
            pendingTimer = null;
            task.run();
        }
    }

    private void key(char c, long gapMs) {
        waitMs(gapMs);
        KeyCode code = Character.isLetterOrDigit(c) ? KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)))
                : KeyCode.UNDEFINED;
        dispatch(new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false));
        dispatch(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false));
        dispatch(new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false));
    }

    private List<KeyEvent> enter(long gapMs) {
        waitMs(gapMs);
        var events = List.of(
                new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.ENTER, false, false, false, false),
                new KeyEvent(KeyEvent.KEY_TYPED, "\r", "", KeyCode.UNDEFINED, false, false, false, false),
                new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.ENTER, false, false, false, false));
        events.forEach(this::dispatch);
        return events;
    }

    private void type(String text, long gapMs) {
        for (char c : text.toCharArray()) {
            key(c, gapMs);
        }
    }

    @Test
    void aScanIsReportedAndNeitherItsTextNorItsEnterReachTheFocusedControl() {
        type("010-1234", 150);
        waitMs(500);
        type("MDG1.abc-DEF_42", 8);
        List<KeyEvent> enterEvents = enter(8);
        waitMs(1_000);

        assertThat(scans).containsExactly("MDG1.abc-DEF_42");
        assertThat(field.toString()).isEqualTo("010-1234");
        assertThat(enterEvents).allMatch(KeyEvent::isConsumed);
    }

    @Test
    void aPersonsKeysAreReDeliveredInOrderWhenTheTimerFires() {
        key('a', 100);
        assertThat(field).isEmpty();
        waitMs(40);
        assertThat(field.toString()).isEqualTo("a");

        type("bc", 120);
        waitMs(40);
        assertThat(field.toString()).isEqualTo("abc");
        assertThat(scans).isEmpty();
    }

    @Test
    void aPersonsEnterStillReachesTheControlAfterTheHeldText() {
        type("12", 10);
        List<KeyEvent> enterEvents = enter(10);

        assertThat(field.toString()).isEqualTo("12");
        assertThat(enterEvents).noneMatch(KeyEvent::isConsumed);
        assertThat(scans).isEmpty();
    }

    @Test
    void backspaceLandsAfterTheHeldCharacterItIsMeantToDelete() {
        key('x', 100);
        waitMs(5);
        var backspace = new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.BACK_SPACE,
                false, false, false, false);
        filter.handle(backspace);

        assertThat(field.toString()).as("x delivered before the backspace goes on").isEqualTo("x");
        assertThat(backspace.isConsumed()).isFalse();
    }

    @Test
    void anEarlyTimerLooksAgainInsteadOfHoldingForever() {
        key('q', 100);
        now += 10 * MS; // the timer fires 25 ms early
        Runnable early = pendingTimer;
        pendingTimer = null;
        early.run();
        assertThat(field).isEmpty();

        waitMs(30);
        assertThat(field.toString()).isEqualTo("q");
    }
}
