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
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("LANG", "ko_KR.UTF-8"), Clock.systemUTC(), new SecureRandom());
        int code = SyncAgentCommand.execute(environment, args);
        return new Result(code, out.toString(), err.toString());
    }
}
