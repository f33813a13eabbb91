package org.madang.device.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A language the device speaks. Korean comes first everywhere: it is the civic default. */
public enum Language {
    /** Korean. */
    KO("ko"),
    /** English. */
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag used in the profile and on the command line. */
    public String tag() {
        return tag;
    }

    /** The Java locale for resource bundles and number formats. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language with this tag, if supported (exact, lower case). */
    public static Optional<Language> fromTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equals(tag)).findFirst();
    }

    /** Every supported tag, for messages that list the allowed values. */
    public static List<String> tags() {
        return Arrays.stream(values()).map(Language::tag).toList();
    }
}
