package org.madang.kiosk.keyboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@link HangulComposer} in hangul-ref's input format, for {@code compare.sh}: reads key sequences
 * (one per line, {@code '<'} = Backspace) on stdin and prints one resulting text per line. A line
 * with a token the composer refuses prints {@code #ERROR: line N: ...}, as hangul-ref does.
 *
 * <p>From {@code kiosk-app} after {@code ./mvnw -q -B -pl kiosk-app -am test-compile}:
 * <pre>
 * ../../shared/tools/hangul-ref/compare.sh -n 5000 --seed 7 -- \
 *     java -cp target/classes:target/test-classes org.madang.kiosk.keyboard.HangulComposerCli
 * </pre>
 * (any JDK 21+; {@code . ../scripts/find-java.sh; $(find_java)} finds one).
 */
public final class HangulComposerCli {

    private HangulComposerCli() {
    }

    /** Reads stdin to the end; exit status 1 if any line had an invalid token. */
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        int number = 0;
        boolean failed = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            try {
                out.println(HangulRef.compose(line));
            } catch (IllegalArgumentException e) {
                out.println("#ERROR: line " + number + ": " + e.getMessage());
                failed = true;
            }
        }
        out.flush();
        if (failed) {
            System.exit(1);
        }
    }
}
