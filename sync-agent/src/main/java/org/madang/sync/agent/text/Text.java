package org.madang.sync.agent.text;

import java.util.Arrays;
import java.util.List;

/**
 * A line for staff as a bundle key and its arguments, so it can be rendered in Korean and English.
 *
 * @param key the key in {@code messages.properties}
 * @param args the {@link java.text.MessageFormat} arguments
 */
public record Text(String key, List<Object> args) {

    public Text {
        args = List.copyOf(args);
    }

    /** A line with its arguments (none may be null). */
    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** The line in English, for logs. */
    public String english() {
        return Messages.of(org.madang.device.profile.Language.EN).get(this);
    }

    /** The line in Korean, then in English. */
    public List<String> bilingual() {
        return List.of(Messages.of(org.madang.device.profile.Language.KO).get(this), english());
    }
}
