package org.madang.central.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints each line in Korean, then in English, as device-config does. */
final class Bilingual {

    static final Locale KOREAN = Locale.KOREAN;
    static final Locale ENGLISH = Locale.ROOT;

    private Bilingual() {
    }

    static void print(PrintWriter out, List<Text> lines) {
        for (Text line : lines) {
            out.println(line.render(KOREAN));
            out.println(line.render(ENGLISH));
        }
        out.flush();
    }
}
