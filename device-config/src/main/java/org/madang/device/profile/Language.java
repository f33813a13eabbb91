package org.madang.device.profile;

import java.util.Locale;

/** A language the device speaks. Korean comes first everywhere: it is the civic default. */
public enum Language implements ProfileName {
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

    @Override
    public String profileName() {
        return tag;
    }

    /** The Java locale for resource bundles and number formats. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
