package org.madang.central.cli;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A line of output as a bundle and key with arguments, rendered in Korean and in English.
 *
 * @param bundle the resource bundle's base name
 */
record Text(String bundle, String key, List<Object> args) {

    static final String BUNDLE = "org.madang.central.cli.messages";
    /** device-config's words for content problems ({@code content.problem.<CODE>}). */
    static final String DEVICE_BUNDLE = "org.madang.device.cli.messages";

    Text {
        args = List.copyOf(args);
    }

    static Text of(String key, Object... args) {
        return new Text(BUNDLE, key, Arrays.asList(args));
    }

    String render(Locale locale) {
        // No fallback: English on a Korean-default machine must not come out Korean.
        ResourceBundle words = ResourceBundle.getBundle(bundle, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(words.getString(key), locale).format(args.toArray());
    }
}
