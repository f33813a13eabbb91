package org.madang.journal.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a {@code main} class from the test class path in a separate JVM, so tests can kill real
 * processes (SIGKILL) and run real concurrent readers and writers.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * Starts {@code mainClass} with the test JVM's own java and class path, its stdout appended to
     * {@code stdout} and its stderr to {@code log}. A file, not a pipe, so that what the child
     * printed before a SIGKILL is all there to read afterwards.
     */
    public static Process start(Class<?> mainClass, Path stdout, Path log, String... args) throws IOException {
        return builder(mainClass, log, args).redirectOutput(ProcessBuilder.Redirect.appendTo(stdout.toFile())).start();
    }

    /** Starts {@code mainClass} with the test JVM's own java and class path. Stderr goes to {@code log}. */
    public static Process start(Class<?> mainClass, Path log, String... args) throws IOException {
        return builder(mainClass, log, args).start();
    }

    private static ProcessBuilder builder(Class<?> mainClass, Path log, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1"); // children are short-lived; start fast
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }
}
