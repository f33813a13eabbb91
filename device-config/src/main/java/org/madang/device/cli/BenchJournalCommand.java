package org.madang.device.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.madang.journal.JournalException;
import org.madang.journal.diagnostics.LatencySummary;
import org.madang.journal.diagnostics.StorageProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code device-config bench-journal}: the documented journal benchmark. Raw fsync, durable appends
 * and group commit are measured in one run on the same directory, so their ratio means something.
 */
@Command(name = "bench-journal")
final class BenchJournalCommand implements Callable<Integer> {

    /** The design goal: a durable append costs at most half as much again as a bare fsync. */
    static final double GOAL_RATIO = 1.5;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Option(names = "--dir", required = true, paramLabel = "DIR", descriptionKey = "bench.dir")
    private Path dir;

    @Option(names = "--records", paramLabel = "N", defaultValue = "5000", descriptionKey = "bench.records")
    private int records;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "4", descriptionKey = "bench.threads")
    private int threads;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    private record Figures(LatencySummary raw, LatencySummary append, LatencySummary group, int perThread) {

        double ratio() {
            return append.p50Micros() / Math.max(0.001, raw.p50Micros());
        }
    }

    @Override
    public Integer call() throws CommandFailure, InterruptedException {
        if (records < 1 || threads < 1) {
            throw new ParameterException(spec.commandLine(), "--records and --threads must be at least 1");
        }
        Environment environment = common.environment();
        Path directory = dir.toAbsolutePath().normalize();
        Figures figures = measure(directory);
        if (json) {
            environment.out().println(JsonOutput.text(asJson(directory, figures)));
        } else {
            print(environment.out(), common.messages(), directory, figures);
        }
        return ExitStatus.OK.code();
    }

    private Figures measure(Path directory) throws CommandFailure, InterruptedException {
        try {
            Files.createDirectories(directory);
            int perThread = Math.ceilDiv(records, threads);
            return new Figures(StorageProbe.rawFsync(directory, records), StorageProbe.journalAppends(directory, records),
                    StorageProbe.concurrentJournalAppends(directory, threads, perThread), perThread);
        } catch (IOException e) {
            throw Failures.io(directory, e);
        } catch (JournalException e) {
            throw Failures.journal(e);
        }
    }

    private ObjectNode asJson(Path directory, Figures figures) {
        ObjectNode root = JsonOutput.object();
        root.put("dir", directory.toString());
        root.put("records", records);
        root.put("threads", threads);
        root.set("rawFsync", JsonOutput.latency(figures.raw()));
        root.set("append", JsonOutput.latency(figures.append()));
        root.put("ratioP50", Math.round(figures.ratio() * 100) / 100.0);
        root.put("goalRatio", GOAL_RATIO);
        root.put("goalMet", figures.ratio() <= GOAL_RATIO);
        root.set("groupCommit", JsonOutput.latency(figures.group()).put("threads", threads)
                .put("perThread", figures.perThread()));
        return root;
    }

    private void print(PrintWriter out, Messages m, Path directory, Figures figures) {
        out.println(m.get("bench.title", directory, records, threads));
        out.println(m.get("bench.raw", SelfTest.micros(figures.raw().p50Micros()), SelfTest.micros(figures.raw().p99Micros()),
                Math.round(figures.raw().perSecond())));
        out.println(m.get("bench.append", SelfTest.micros(figures.append().p50Micros()),
                SelfTest.micros(figures.append().p99Micros()), Math.round(figures.append().perSecond())));
        out.println(m.get(figures.ratio() <= GOAL_RATIO ? "bench.ratio.met" : "bench.ratio.missed",
                String.format(Locale.ROOT, "%.2f", figures.ratio()), String.valueOf(GOAL_RATIO)));
        out.println(m.get("bench.group", threads, figures.perThread(), SelfTest.micros(figures.group().p50Micros()),
                SelfTest.micros(figures.group().p99Micros()), Math.round(figures.group().perSecond())));
    }
}
