package org.madang.kiosk.scan.camera;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before restarting a camera command that died: doubling from {@code first} up
 * to {@code max}. A camera unplugged for a day is retried every {@code max}, not in a tight loop.
 */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("scan.camera.restart backoff must have 0 < first <= max, was first="
                    + first + ", max=" + max);
        }
    }

    /** 0.5 s doubling to 30 s. */
    public static Backoff defaults() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    /** The wait before restart number {@code attempt} (1 = the first restart). */
    public Duration delay(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration d = first.multipliedBy(1L << doublings);
        return d.compareTo(max) > 0 ? max : d;
    }
}
