package org.madang.device.cli;

import java.io.PrintWriter;
import java.util.List;
import org.madang.device.profile.Language;

/**
 * Prints what staff must act on in both languages, each line in Korean and then in English: the
 * person at the terminal may read either, and a support engineer reading a photo of the screen
 * may read only one.
 */
final class Bilingual {

    private Bilingual() {
    }

    static void print(PrintWriter out, List<Text> lines) {
        Messages korean = Messages.of(Language.KO);
        Messages english = Messages.of(Language.EN);
        for (Text line : lines) {
            out.println(line.render(korean));
            out.println(line.render(english));
        }
        out.flush();
    }

    /** A failure's lines, then its cause's technical message once (it is English in both cases). */
    static void print(PrintWriter out, CommandFailure failure) {
        print(out, failure.lines());
        if (failure.getCause() != null && failure.getCause().getMessage() != null) {
            out.println("  (" + failure.getCause().getMessage() + ")");
            out.flush();
        }
    }
}
