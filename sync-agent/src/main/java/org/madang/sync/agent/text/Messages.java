package org.madang.sync.agent.text;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.madang.device.profile.Language;

/**
 * The agent's words, from {@code messages.properties} (English) and {@code messages_ko.properties};
 * every value is a {@link MessageFormat} pattern, so a literal apostrophe is written twice.
 */
public final class Messages {

    /** The bundle's base name. */
    public static final String BUNDLE = "org.madang.sync.agent.text.messages";

    private static final Map<Language, Messages> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        // No fallback: English must not turn Korean on a machine whose default locale is Korean.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words in one language. */
    public static synchronized Messages of(Language language) {
        return CACHE.computeIfAbsent(language, Messages::new);
    }

    /** The bundle itself (picocli's help). */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** A line in this language. */
    public String get(Text text) {
        return get(text.key(), text.args().toArray());
    }

    /** A message in this language. */
    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(args);
    }
}
