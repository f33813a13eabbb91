package org.madang.sync.agent.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

/** Runs the command line in this JVM with captured output. */
final class Cli {

    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        return run(Map.of("LANG", "ko_KR.UTF-8"), args);
    }

    /** Runs with these environment variables (LC_ALL, LANG choose the help's language). */
    static Result run(Map<String, String> variables, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(new PrintWriter(out, true), new PrintWriter(err, true),
                variables, Clock.systemUTC(), new SecureRandom());
        int code = SyncAgentCommand.execute(environment, args);
        return new Result(code, out.toString(), err.toString());
    }
}
