package org.madang.device.content;

import java.util.Objects;
import org.madang.device.profile.Language;

/**
 * A text in Korean and English: what the central publishes (a title, a description, a label), and
 * lines for staff rendered from both bundles.
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
