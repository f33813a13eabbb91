package org.madang.kiosk.scan.wedge;

import java.util.Objects;

/**
 * Tells a keyboard-wedge scanner's burst (many characters a few milliseconds apart, then Enter)
 * from a person typing, from keystrokes and their monotonic times alone.
 *
 * <p>Contract: every printable character is held back until the detector knows what it is. A held
 * character is either part of a burst (never delivered) or released to be delivered, in its
 * original order, when the burst breaks: a pause longer than {@link WedgeTiming#maxGap()}
 * ({@link #expire(long)}, which the caller must call at {@link #deadlineNanos()}), Enter after too
 * few characters, or a non-text key ({@link #interrupt()}). So a person's keystroke is late by at
 * most one gap (35 ms by default) and a scanner's characters never reach a text field.
 *
 * <p>Hazard: a person's keystroke within one gap of a burst's first character joins the burst.
 * Not thread-safe: feed it from one thread (the UI thread).
 */
public final class KeyboardWedgeDetector {

    private final WedgeTiming timing;
    private final StringBuilder held = new StringBuilder();
    private long lastNanos;
    private int dropped;

    public KeyboardWedgeDetector(WedgeTiming timing) {
        this.timing = Objects.requireNonNull(timing, "timing");
    }

    /** A printable character typed at {@code nanos} (monotonic). */
    public KeyDecision onCharacter(char c, long nanos) {
        String released = expire(nanos);
        if (held.length() < timing.maxLength()) {
            held.append(c);
        } else {
            dropped++;
        }
        lastNanos = nanos;
        return new KeyDecision.Hold(released);
    }

    /** Enter (CR or LF) pressed at {@code nanos}. */
    public KeyDecision onEnter(long nanos) {
        String released = expire(nanos);
        if (!released.isEmpty() || held.isEmpty()) {
            return new KeyDecision.Pass(released);
        }
        if (held.length() + dropped < timing.minLength()) {
            return new KeyDecision.Pass(takeHeld());
        }
        var scan = new KeyDecision.Scan(held.toString(), dropped > 0);
        clear();
        return scan;
    }

    /**
     * Releases the held characters if the burst went quiet for longer than the gap by
     * {@code nanos}; returns them (empty if none or still within the gap).
     */
    public String expire(long nanos) {
        if (!held.isEmpty() && nanos - lastNanos > timing.maxGapNanos()) {
            return takeHeld();
        }
        return "";
    }

    /** A non-text key (Backspace, Tab, arrows) arrived: whatever is held was typed by a person. */
    public String interrupt() {
        return takeHeld();
    }

    /** Whether characters are held back now. */
    public boolean holding() {
        return !held.isEmpty();
    }

    /** The monotonic time after which {@link #expire(long)} releases what is held. */
    public long deadlineNanos() {
        return lastNanos + timing.maxGapNanos() + 1;
    }

    private String takeHeld() {
        // A burst so long it was cut is a machine, not a person: its remains are never released.
        String text = dropped > 0 ? "" : held.toString();
        clear();
        return text;
    }

    private void clear() {
        held.setLength(0);
        dropped = 0;
    }
}
