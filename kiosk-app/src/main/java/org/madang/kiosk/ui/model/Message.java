package org.madang.kiosk.ui.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence to show, as a resource-bundle key and its arguments; the view resolves it in the
 * current language, so switching language never needs the view model to re-run anything.
 *
 * @param key the key in {@code org/madang/kiosk/ui/messages*.properties}
 * @param args arguments: numbers, {@link java.time.LocalDate}, {@link java.time.LocalTime} or strings
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** A message with arguments. */
    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
