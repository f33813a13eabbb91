package org.madang.journal.diagnostics;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.madang.journal.JournalException;
import org.madang.journal.JournalOptions;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.sqlite.SqliteJournal;

/**
 * Measures how fast a directory's disk makes writes durable: raw write+fdatasync, and durable
 * journal appends on a scratch journal in the same directory, in the same run so the two are
 * comparable. Used by {@code device-config selftest} (a few hundred samples) and by the journal
 * benchmark (thousands). Leaves nothing behind.
 */
public final class StorageProbe {

    /** Size of one raw write: one SQLite page, what a small commit writes to the log. */
    public static final int RAW_WRITE_BYTES = 4096;

    /** Below this much free space a terminal must not start taking records (selftest and set-up fail). */
    public static final long FAIL_BELOW_BYTES = 100L * 1024 * 1024;

    /** Below this much free space staff are warned: a festival day of records and logs needs room. */
    public static final long WARN_BELOW_BYTES = 1024L * 1024 * 1024;

    /** A check-in that waits longer than this for its durable append feels stuck at the kiosk. */
    public static final Duration SLOW_APPEND_P99 = Duration.ofMillis(50);

    private StorageProbe() {
    }

    /**
     * Raw baseline: {@code samples} sequential 4 KiB writes to a new file, each followed by
     * fdatasync ({@link FileChannel#force(boolean) force(false)}), the call SQLite makes at commit.
     */
    public static LatencySummary rawFsync(Path directory, int samples) throws IOException {
        Path scratch = Files.createTempFile(directory, ".madang-probe-", ".raw");
        try (FileChannel channel = FileChannel.open(scratch, StandardOpenOption.WRITE)) {
            ByteBuffer page = ByteBuffer.allocate(RAW_WRITE_BYTES);
            new SecureRandom().nextBytes(page.array());
            long[] latencies = new long[samples];
            long start = System.nanoTime();
            for (int i = 0; i < samples; i++) {
                long t0 = System.nanoTime();
                page.rewind();
                channel.write(page, (long) i * RAW_WRITE_BYTES);
                channel.force(false);
                latencies[i] = System.nanoTime() - t0;
            }
            return LatencySummary.of(latencies, System.nanoTime() - start);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    /**
     * Durable appends of {@code samples} check-in-sized records (~300 bytes) by one thread to a
     * scratch journal in {@code directory}, each timed from call to return, after a warm-up of
     * half as many (at least 500, at most 1,000) that are not timed.
     */
    public static LatencySummary journalAppends(Path directory, int samples) throws IOException, JournalException {
        Path scratchDir = Files.createTempDirectory(directory, ".madang-probe-");
        try (SqliteJournal journal = SqliteJournal.open(scratchOptions(scratchDir))) {
            RecordDraft draft = sampleRecord();
            // Warm up: the first appends create the log and run the JIT compiler; neither is what
            // a kiosk that has been running all day pays per record.
            for (int i = 0; i < warmUpCount(samples); i++) {
                journal.append(draft);
            }
            long[] latencies = new long[samples];
            long start = System.nanoTime();
            for (int i = 0; i < samples; i++) {
                long t0 = System.nanoTime();
                journal.append(draft);
                latencies[i] = System.nanoTime() - t0;
            }
            return LatencySummary.of(latencies, System.nanoTime() - start);
        } finally {
            deleteTree(scratchDir);
        }
    }

    /**
     * Appends from {@code threads} threads at once, {@code perThread} each; group commit lets
     * them share fsyncs. Returns per-append latency and overall appends per second.
     */
    public static LatencySummary concurrentJournalAppends(Path directory, int threads, int perThread)
            throws IOException, JournalException, InterruptedException {
        Path scratchDir = Files.createTempDirectory(directory, ".madang-probe-");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (SqliteJournal journal = SqliteJournal.open(scratchOptions(scratchDir))) {
            RecordDraft draft = sampleRecord();
            for (int i = 0; i < warmUpCount(threads * perThread); i++) {
                journal.append(draft);
            }
            List<Future<long[]>> results = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    long[] latencies = new long[perThread];
                    for (int i = 0; i < perThread; i++) {
                        long t0 = System.nanoTime();
                        journal.append(draft);
                        latencies[i] = System.nanoTime() - t0;
                    }
                    return latencies;
                }));
            }
            long[] all = new long[threads * perThread];
            int offset = 0;
            for (Future<long[]> result : results) {
                long[] part = result.get();
                System.arraycopy(part, 0, all, offset, part.length);
                offset += part.length;
            }
            return LatencySummary.of(all, System.nanoTime() - start);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("a probe thread failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            deleteTree(scratchDir);
        }
    }

    private static int warmUpCount(int samples) {
        return Math.min(1000, Math.max(500, samples / 2));
    }

    /** Bytes free for this process in the directory's file system. */
    public static long usableBytes(Path directory) throws IOException {
        return Files.getFileStore(directory).getUsableSpace();
    }

    private static JournalOptions scratchOptions(Path scratchDir) {
        SecureRandom random = new SecureRandom();
        return JournalOptions.defaults(scratchDir.resolve("probe.db"), Ed25519KeyPair.generate(random), "storage probe");
    }

    private static RecordDraft sampleRecord() {
        // Shaped like a check-in: the size that matters for the write.
        return RecordDraft.of(RecordKind.CHECKIN, Map.of(
                "event", "2026-wolgok1-festival",
                "member", "k1:6f1c2b9e0d4a7f3e5b8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6",
                "points", 500,
                "limit", "once-per-event",
                "input", "camera",
                "note", "probe record, deleted after the measurement"));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
