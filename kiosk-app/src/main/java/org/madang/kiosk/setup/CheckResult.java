package org.madang.kiosk.setup;

import java.util.List;
import java.util.Objects;

/**
 * One line of the check list: the item, its state, and the sentence that says what was found and
 * what to do ({@code setup.check.<detail>} in the kiosk's bundles, with its arguments).
 *
 * @param item what was checked
 * @param status how it stands
 * @param detail the bundle key's last part, e.g. {@code storage.ok}
 * @param args the sentence's arguments
 */
public record CheckResult(CheckItem item, CheckStatus status, String detail, List<Object> args) {

    /** Arguments copied. */
    public CheckResult {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        args = List.copyOf(args);
    }

    static CheckResult of(CheckItem item, CheckStatus status, String detail, Object... args) {
        return new CheckResult(item, status, detail, List.of(args));
    }

    /** The bundle key of the sentence. */
    public String key() {
        return "setup.check." + detail;
    }
}
