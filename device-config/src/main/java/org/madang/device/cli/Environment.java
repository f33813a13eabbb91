package org.madang.device.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.madang.journal.clock.SystemWallClockTrust;
import org.madang.journal.clock.WallClockTrust;

/**
 * Everything the commands take from the process: streams, environment variables, the terminal,
 * the clock and randomness. Tests build one with their own values instead of touching globals.
 *
 * @param stdin standard input (the admin PIN with --admin-pin-stdin)
 * @param out standard output: results, JSON
 * @param err standard error: errors and warnings
 * @param variables environment variables (LC_ALL and LANG pick the language)
 * @param console the terminal for PIN prompts, looked up only when needed
 * @param clockTrust whether the wall clock is synchronised
 * @param clock the wall clock
 * @param random randomness for keys and salts
 */
record Environment(InputStream stdin, PrintWriter out, PrintWriter err, Map<String, String> variables,
        Supplier<Optional<SecretConsole>> console, WallClockTrust clockTrust, Clock clock, SecureRandom random) {

    Environment {
        variables = Map.copyOf(variables);
    }

    /** The real process. Output is UTF-8 whatever the locale says, or Korean would print as '?' under LANG=C. */
    static Environment system() {
        return new Environment(System.in,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System.getenv(), SecretConsole::system, SystemWallClockTrust.timesyncd(), Clock.systemUTC(),
                new SecureRandom());
    }
}
