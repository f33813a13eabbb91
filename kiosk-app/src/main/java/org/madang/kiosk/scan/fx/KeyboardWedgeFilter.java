package org.madang.kiosk.scan.fx;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.madang.kiosk.scan.ScanListener;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.scan.wedge.KeyDecision;
import org.madang.kiosk.scan.wedge.KeyboardWedgeDetector;
import org.madang.kiosk.scan.wedge.WedgeTiming;

/**
 * Puts a {@link KeyboardWedgeDetector} in front of a scene: a scanner's burst is taken out of the
 * key stream and reported as {@link ScanSource#KEYBOARD_WEDGE}; a person's keystrokes reach the
 * focused control as usual, some up to one gap (35 ms) late.
 *
 * <p>How: an event filter on the scene sees every key event before any control. Each typed
 * character is consumed and handed to the detector. When the detector releases held characters
 * (the burst broke: a pause, a short line, a non-text key) they are re-fired as new KEY_TYPED
 * events at the current focus owner, before the current key is let through; the filter lets its
 * own re-fired events pass. A pause is noticed by a timer set to the detector's deadline after each
 * held key. Enter's KEY_PRESSED decides a burst; when it ends a scan, that Enter's KEY_TYPED and
 * KEY_RELEASED are consumed too, so no default button or onAction fires.
 *
 * <p>Hazards: (1) a key a person types within one gap of a scanner's first character becomes part
 * of the scan; (2) if focus moves (a touch on another field) while characters are held, they land
 * in the newly focused control; (3) the KEY_PRESSED of the first character of a burst is not
 * consumed (nothing is known yet): keep buttons non-focus-traversable on touch screens so a
 * scanned space cannot press one; (4) the listener runs on the FX thread and must hand the
 * check-in to a background executor. Not thread-safe: FX thread only.
 */
public final class KeyboardWedgeFilter implements EventHandler<KeyEvent> {

    /** Runs a task once after a delay on the FX thread, replacing any task set before. */
    interface Timer {
        void schedule(long delayNanos, Runnable task);
    }

    private final KeyboardWedgeDetector detector;
    private final LongSupplier nanoTime;
    private final Timer timer;
    private final Consumer<KeyEvent> redeliver;
    private final ScanListener listener;
    private boolean replaying;
    private boolean swallowEnterTyped;
    private boolean swallowEnterReleased;

    KeyboardWedgeFilter(KeyboardWedgeDetector detector, LongSupplier nanoTime, Timer timer,
            Consumer<KeyEvent> redeliver, ScanListener listener) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.redeliver = Objects.requireNonNull(redeliver, "redeliver");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Installs a filter on {@code scene} that reports scans to {@code listener} on the FX thread. */
    public static KeyboardWedgeFilter install(Scene scene, WedgeTiming timing, ScanListener listener) {
        var pause = new PauseTransition();
        Timer timer = (delayNanos, task) -> {
            pause.stop();
            pause.setDuration(Duration.millis(delayNanos / 1e6));
            pause.setOnFinished(e -> task.run());
            pause.playFromStart();
        };
        Consumer<KeyEvent> redeliver = event -> {
            EventTarget target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
            Event.fireEvent(target, event);
        };
        var filter = new KeyboardWedgeFilter(new KeyboardWedgeDetector(timing), System::nanoTime, timer, redeliver,
                listener);
        scene.addEventFilter(KeyEvent.ANY, filter);
        return filter;
    }

    @Override
    public void handle(KeyEvent event) {
        if (replaying) {
            return;
        }
        if (event.getEventType() == KeyEvent.KEY_TYPED) {
            typed(event);
        } else if (event.getEventType() == KeyEvent.KEY_PRESSED) {
            pressed(event);
        } else if (event.getEventType() == KeyEvent.KEY_RELEASED && event.getCode() == KeyCode.ENTER
                && swallowEnterReleased) {
            swallowEnterReleased = false;
            event.consume();
        }
    }

    private void typed(KeyEvent event) {
        String text = event.getCharacter();
        if (text.equals("\r") || text.equals("\n")) {
            if (swallowEnterTyped) {
                swallowEnterTyped = false;
                event.consume();
            }
            return;
        }
        if (text.isEmpty() || text.equals(KeyEvent.CHAR_UNDEFINED) || Character.isISOControl(text.charAt(0))
                || event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            // Backspace, Tab, shortcuts: a person's; what is held was typed before it.
            replay(detector.interrupt());
            return;
        }
        event.consume();
        long now = nanoTime.getAsLong();
        for (int i = 0; i < text.length(); i++) {
            replay(detector.onCharacter(text.charAt(i), now).released());
        }
        timer.schedule(detector.deadlineNanos() - now, this::expire);
    }

    private void pressed(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.ENTER) {
            KeyDecision decision = detector.onEnter(nanoTime.getAsLong());
            replay(decision.released());
            if (decision instanceof KeyDecision.Scan scan) {
                event.consume();
                swallowEnterTyped = true;
                swallowEnterReleased = true;
                listener.onScan(scan.payload(), ScanSource.KEYBOARD_WEDGE);
            }
        } else if (isEditingKey(code)) {
            replay(detector.interrupt());
        }
    }

    /** Keys whose effect depends on the text before them, so held text must land first. */
    private static boolean isEditingKey(KeyCode code) {
        return code == KeyCode.BACK_SPACE || code == KeyCode.DELETE || code == KeyCode.TAB || code == KeyCode.ESCAPE
                || code.isArrowKey() || code.isNavigationKey() || code.isFunctionKey();
    }

    private void expire() {
        long now = nanoTime.getAsLong();
        replay(detector.expire(now));
        if (detector.holding()) {
            // The timer fired a little early (pulse granularity): look again at the deadline.
            timer.schedule(Math.max(detector.deadlineNanos() - now, 1_000_000L), this::expire);
        }
    }

    private void replay(String released) {
        if (released.isEmpty()) {
            return;
        }
        replaying = true;
        try {
            for (int i = 0; i < released.length(); i++) {
                redeliver.accept(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(released.charAt(i)), "",
                        KeyCode.UNDEFINED, false, false, false, false));
            }
        } finally {
            replaying = false;
        }
    }
}
