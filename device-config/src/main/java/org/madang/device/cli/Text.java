package org.madang.device.cli;

import java.util.Arrays;
import java.util.List;

/**
 * A line of output as a bundle key and its arguments, so the same line can be rendered in
 * Korean and in English.
 *
 * @param indent nesting level (two spaces each)
 * @param key the message bundle key
 * @param args the {@link java.text.MessageFormat} arguments
 */
record Text(int indent, String key, List<Object> args) {

    Text {
        args = List.copyOf(args);
    }

    static Text of(String key, Object... args) {
        return new Text(0, key, Arrays.asList(args));
    }

    Text indented() {
        return new Text(indent + 1, key, args);
    }

    /** The line in {@code messages}' language; an argument that is itself a Text is rendered in it too. */
    String render(Messages messages) {
        return "  ".repeat(indent) + messages.get(key, args.stream()
                .map(arg -> arg instanceof Text text ? text.render(messages) : arg).toArray());
    }
}
