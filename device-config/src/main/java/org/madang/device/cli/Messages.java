package org.madang.device.cli;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.madang.device.profile.Language;

/**
 * The command line's words, from {@code messages.properties} (English) and
 * {@code messages_ko.properties}; every value is a {@link MessageFormat} pattern, so a literal
 * apostrophe is written twice.
 */
final class Messages {

    static final String BUNDLE = "org.madang.device.cli.messages";

    private static final Map<Language, Messages> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    static synchronized Messages of(Language language) {
        return CACHE.computeIfAbsent(language, l -> new Messages(l, bundle(l)));
    }

    /**
     * The bundle for exactly this language. Without the no-fallback control, asking for English on
     * a machine whose default locale is Korean would return the Korean bundle (the lookup tries
     * the default locale before the base bundle).
     */
    static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(args);
    }
}
