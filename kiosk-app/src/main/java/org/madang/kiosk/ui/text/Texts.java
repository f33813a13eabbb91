package org.madang.kiosk.ui.text;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.madang.device.profile.Language;
import org.madang.kiosk.ui.model.Message;

/**
 * Resolves {@link Message}s in a language from {@code org/madang/kiosk/ui/messages*.properties}.
 * Dates and numbers are formatted here, in the language's own way; times as 24-hour HH:mm, as
 * Korean notices write them.
 */
public final class Texts {

    /** The bundle's base name. */
    public static final String BUNDLE = "org.madang.kiosk.ui.messages";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public Texts() {
        for (Language language : Language.values()) {
            // The English file is the base bundle: never fall back to the JVM's default locale.
            bundles.put(language, ResourceBundle.getBundle(BUNDLE, language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    /** The sentence of {@code message} in {@code language}. */
    public String get(Language language, Message message) {
        ResourceBundle bundle = bundles.get(language);
        String pattern;
        try {
            pattern = bundle.getString(message.key());
        } catch (MissingResourceException e) {
            // A missing sentence is a bug caught by MessagesTest; show the key rather than nothing.
            return message.key();
        }
        if (message.args().isEmpty()) {
            return pattern.replace("''", "'");
        }
        Object[] args = message.args().stream().map(arg -> format(language, arg)).toArray();
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    /** The sentence of {@code key} with {@code args} in {@code language}. */
    public String get(Language language, String key, Object... args) {
        return get(language, Message.of(key, args));
    }

    /** Whether {@code key} has a sentence in {@code language}'s own file (not a fallback). */
    public boolean has(Language language, String key) {
        ResourceBundle bundle = bundles.get(language);
        return bundle.containsKey(key);
    }

    private static Object format(Language language, Object arg) {
        return switch (arg) {
            case LocalDate date -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                    .format(date);
            case LocalTime time -> TIME.format(time);
            case Integer number -> NumberFormat.getIntegerInstance(language.locale()).format(number);
            case Long number -> NumberFormat.getIntegerInstance(language.locale()).format(number);
            default -> String.valueOf(arg);
        };
    }
}
