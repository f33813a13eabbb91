package org.madang.sync.agent.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

/**
 * What the commands take from the process, so tests can give their own.
 *
 * @param out standard output: results and JSON
 * @param err standard error: errors (logs go there too)
 * @param variables environment variables (LC_ALL, LANG pick the help's language)
 * @param clock the device's wall clock
 * @param random nonces and jitter
 */
record Environment(PrintWriter out, PrintWriter err, Map<String, String> variables, Clock clock, SecureRandom random) {

    Environment {
        variables = Map.copyOf(variables);
    }

    /** The real process; output is UTF-8 whatever the locale says, or Korean would print as '?'. */
    static Environment system() {
        return new Environment(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System.getenv(), Clock.systemUTC(), new SecureRandom());
    }
}
