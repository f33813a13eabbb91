package org.madang.device.profile;

import java.util.Locale;
import java.util.Map;

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

    /**
     * The language the process environment asks for: English when the locale variables start with
     * {@code en}, else Korean. A non-empty {@code LC_ALL} overrides {@code LANG}, as in POSIX.
     * The command lines of device-config, the sync agent and the central all choose this way.
     *
     * @param variables the environment variables, e.g. {@link System#getenv()}
     */
    public static Language fromEnvironment(Map<String, String> variables) {
        String lcAll = variables.getOrDefault("LC_ALL", "");
        String locale = lcAll.isEmpty() ? variables.getOrDefault("LANG", "") : lcAll;
        return locale.toLowerCase(Locale.ROOT).startsWith("en") ? EN : KO;
    }
}
