package org.madang.device.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code device-config selftest}: everything a device needs before it opens for the public, each
 * marked PASS, WARN or FAIL. Exit 0 unless something failed.
 */
@Command(name = "selftest")
final class SelftestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private DataDirOption dataDir;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "200", descriptionKey = "samples")
    private int samples;

    @Override
    public Integer call() throws CommandFailure {
        if (samples < 1) {
            throw new ParameterException(spec.commandLine(), "--samples must be at least 1, got " + samples);
        }
        Environment environment = common.environment();
        Messages messages = common.messages();
        DataDirectory directory = dataDir.existing();
        SelfTest test = new SelfTest(directory);
        PrintWriter out = environment.out();
        out.println(messages.get("selftest.title", directory.root()));
        out.flush();
        List<Supplier<CheckResult>> checks = List.of(test::profile, test::key, test::journal, test::freeSpace,
                () -> test.commitLatency(samples), () -> SelfTest.clock(environment.clockTrust(), environment.clock()));
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Supplier<CheckResult> check : checks) {
            // Printed as each finishes: the latency probe takes seconds on an SD card.
            CheckResult result = check.get();
            out.println(result.verdict() + "  " + result.summary().render(messages));
            Bilingual.print(out, result.problems());
            counts.merge(result.verdict(), 1, Integer::sum);
        }
        out.println(messages.get("selftest.summary", counts.getOrDefault(Verdict.PASS, 0),
                counts.getOrDefault(Verdict.WARN, 0), counts.getOrDefault(Verdict.FAIL, 0)));
        return counts.containsKey(Verdict.FAIL) ? ExitStatus.CHECK_FAILED.code() : ExitStatus.OK.code();
    }
}
