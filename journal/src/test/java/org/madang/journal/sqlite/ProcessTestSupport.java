package org.madang.journal.sqlite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Collects a child process's stdout lines on a background thread. */
final class ProcessTestSupport {

    private ProcessTestSupport() {
    }

    /** Lines read so far, a latch that opens at the first line, and a future done at end of stream. */
    record Output(List<String> lines, CountDownLatch firstLine, CompletableFuture<Void> finished) {
        void awaitFirstLine() throws InterruptedException {
            if (!firstLine.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("child printed nothing within 30 s; lines so far: " + lines);
            }
        }

        /** Waits until at least {@code count} lines were printed. */
        void awaitLines(int count) throws InterruptedException {
            awaitFirstLine();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (lines.size() < count) {
                if (System.nanoTime() > deadline || finished.isDone()) {
                    throw new AssertionError("child printed " + lines.size() + " of " + count + " lines: " + lines);
                }
                Thread.sleep(5);
            }
        }

        void awaitEnd() throws Exception {
            finished.get(30, TimeUnit.SECONDS);
        }
    }

    static Output collect(Process process) {
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        CompletableFuture<Void> finished = CompletableFuture.runAsync(() -> {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    lines.add(line);
                    first.countDown();
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return new Output(lines, first, finished);
    }
}
