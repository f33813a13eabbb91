package org.madang.kiosk.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a test {@code main} in its own JVM (the test JVM's java and class path), so tests can SIGKILL it. */
public final class ChildProcess {

    private ChildProcess() {
    }

    /** A builder for {@code mainClass}; stderr goes to {@code log}, the caller chooses stdin and stdout. */
    public static ProcessBuilder builder(Class<?> mainClass, Path log, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1"); // children are short-lived; start fast
        command.add("--enable-native-access=ALL-UNNAMED"); // sqlite-jdbc's native library
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }
}
