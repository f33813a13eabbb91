package org.madang.journal.sqlite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.madang.journal.testing.ChildJvm;

/** Runs the appending child with its stdout in a file, and reads what it printed. */
final class ProcessTestSupport {

    private ProcessTestSupport() {
    }

    /** A running child and the file its stdout goes to. */
    record Child(Process process, Path stdout) {

        /** Every complete line printed so far. */
        List<String> lines() throws IOException {
            String text = Files.exists(stdout) ? Files.readString(stdout, StandardCharsets.UTF_8) : "";
            int end = text.lastIndexOf('\n');
            return end < 0 ? List.of() : text.substring(0, end).lines().toList();
        }

        /** Waits until at least {@code count} lines were printed. */
        void awaitLines(int count) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (lines().size() < count) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new AssertionError("child printed " + lines().size() + " of " + count + " lines; "
                            + (process.isAlive() ? "still running" : "exited " + process.exitValue()));
                }
                Thread.sleep(5);
            }
        }

        /** Kills the child with SIGKILL and waits until it is gone. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("child " + process.pid() + " survived SIGKILL for 30 s");
            }
        }
    }

    static Child startAppender(Path dir, String name, Path journal, String seedHex, long count) throws IOException {
        Path stdout = Files.createTempFile(dir, name, ".out");
        Process process = ChildJvm.start(AppendingChild.class, stdout, dir.resolve(name + ".log"), journal.toString(),
                seedHex, String.valueOf(count));
        return new Child(process, stdout);
    }
}
