package org.madang.device.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.madang.journal.clock.WallClockTrust;

/** Runs device-config in this JVM against a fake environment and captures what it prints. */
final class Cli {

    static final String PIN = "2580147";

    /** What one run did. */
    record Run(int exitCode, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private String stdin = "";
    private Map<String, String> variables = Map.of("LANG", "ko_KR.UTF-8");
    private Supplier<Optional<SecretConsole>> console = Optional::empty;
    private WallClockTrust clockTrust = now -> true;
    private Clock clock = Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);

    Cli stdin(String text) {
        this.stdin = text;
        return this;
    }

    Cli variables(Map<String, String> newVariables) {
        this.variables = newVariables;
        return this;
    }

    Cli console(SecretConsole terminal) {
        this.console = () -> Optional.of(terminal);
        return this;
    }

    /** The real clock, for certificates made by the test run itself. */
    Cli clock(Clock newClock) {
        this.clock = newClock;
        return this;
    }

    Cli clockTrust(WallClockTrust trust) {
        this.clockTrust = trust;
        return this;
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), variables, console, clockTrust,
                clock, new SecureRandom());
        int exitCode = DeviceConfigCommand.execute(environment, args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /**
     * Arguments of a valid init into {@code dataDir}; {@code overrides} are option-value pairs that
     * replace the default value of that option or are added.
     */
    static String[] initArgs(Path dataDir, String... overrides) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("--data-dir", dataDir.toString());
        options.put("--device-id", "gwangsan-wolgok1-01");
        options.put("--site-code", "1114055000");
        options.put("--site-name", "명동");
        options.put("--central", "https://central.example.go.kr/madang/");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            options.put(overrides[i], overrides[i + 1]);
        }
        List<String> args = new ArrayList<>(List.of("init", "--admin-pin-stdin"));
        options.forEach((option, value) -> args.addAll(List.of(option, value)));
        return args.toArray(String[]::new);
    }

    /** A device made by a real init, for the commands that inspect one. */
    static Path initialisedDevice(Path parent) {
        Path dataDir = parent.resolve("device");
        Run run = new Cli().stdin(PIN + "\n").run(initArgs(dataDir));
        if (run.exitCode() != 0) {
            throw new AssertionError("init failed: " + run);
        }
        return dataDir;
    }
}
