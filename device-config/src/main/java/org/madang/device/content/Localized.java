package org.madang.device.content;

import java.util.Objects;
import org.madang.device.profile.Language;

/**
 * A text the central publishes in Korean and English (a title, a description, a label).
 *
 * @param ko the Korean text, shown first
 * @param en the English text
 */
public record Localized(String ko, String en) {

    public Localized {
        Objects.requireNonNull(ko, "ko");
        Objects.requireNonNull(en, "en");
    }

    /** The text in {@code language}. */
    public String in(Language language) {
        return language == Language.KO ? ko : en;
    }
}
