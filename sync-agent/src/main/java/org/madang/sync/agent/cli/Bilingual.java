package org.madang.sync.agent.cli;

import java.io.PrintWriter;
import java.util.List;
import org.madang.sync.agent.text.Text;

/** Prints lines for staff in Korean, then English. */
final class Bilingual {

    private Bilingual() {
    }

    static void print(PrintWriter out, List<Text> lines) {
        for (Text line : lines) {
            line.bilingual().forEach(out::println);
        }
        out.flush();
    }

    static void print(PrintWriter out, Text line) {
        print(out, List.of(line));
    }
}
