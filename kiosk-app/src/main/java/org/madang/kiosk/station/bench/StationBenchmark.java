package org.madang.kiosk.station.bench;

import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.madang.journal.JournalOptions;
import org.madang.journal.diagnostics.LatencySummary;
import org.madang.journal.diagnostics.StorageProbe;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.sqlite.SqliteJournal;
import org.madang.kiosk.checkin.CheckinLedger;
import org.madang.kiosk.checkin.CheckinOutcome;
import org.madang.kiosk.checkin.JournalCheckinDesk;
import org.madang.kiosk.hardware.DevicePeripherals;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.station.ScanResultWriter;
import org.madang.kiosk.station.Station;
import org.madang.kiosk.station.input.LineScanInput;

/**
 * Scan-to-acknowledgement latency of the check-in station on a disk, against raw fsync measured
 * in the same run. Usage: {@code StationBenchmark DIR [SCANS]}; works in a scratch directory
 * inside DIR and deletes it. See docs/benchmarks-station.md.
 *
 * <ol>
 *   <li>Raw baseline: 2,000 × (4 KiB write + fdatasync), {@link StorageProbe#rawFsync}.</li>
 *   <li>One scan at a time (a person at the scanner): SCANS scans through {@link Station#handle},
 *       each timed from receipt to its result line written; ~80% new members, ~20% repeats.</li>
 *   <li>A queue (a burst from the scanner): SCANS more scans fed at once through
 *       {@link Station#run}: scans per second.</li>
 * </ol>
 */
public final class StationBenchmark {

    private static final int WARM_UP = 1_000;

    private StationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: StationBenchmark DIR [SCANS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        int scans = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Files.createDirectories(dir);
        Path scratch = Files.createTempDirectory(dir, "station-bench-");
        try {
            run(scratch, scans);
        } finally {
            deleteTree(scratch);
        }
    }

    private static void run(Path scratch, int scans) throws Exception {
        LatencySummary raw = StorageProbe.rawFsync(scratch, 2_000);
        BenchmarkTokens tokens = new BenchmarkTokens();
        Random random = new Random(42);
        try (SqliteJournal journal = SqliteJournal.open(JournalOptions.defaults(scratch.resolve("journal.db"),
                Ed25519KeyPair.generate(new SecureRandom()), "station benchmark"));
                OutputStream results = new FileOutputStream(scratch.resolve("results.jsonl").toFile())) {
            JournalCheckinDesk desk = JournalCheckinDesk.open(journal, tokens, tokens, "1114055000", Clock.systemUTC());
            Station station = new Station(desk, BenchmarkTokens.EVENT, DevicePeripherals.none(),
                    new ScanResultWriter(results));
            for (int i = 0; i < WARM_UP; i++) {
                station.handle("member:warm-" + i, ScanSource.STDIN);
            }
            int members = scans * 4 / 5;
            long[] all = new long[scans];
            List<Long> accepted = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < scans; i++) {
                String payload = "member:one-" + random.nextInt(members);
                long t0 = System.nanoTime();
                CheckinOutcome outcome = station.handle(payload, ScanSource.STDIN);
                all[i] = System.nanoTime() - t0;
                if (outcome instanceof CheckinOutcome.Accepted) {
                    accepted.add(all[i]);
                }
            }
            LatencySummary oneByOne = LatencySummary.of(all, System.nanoTime() - start);
            LatencySummary acceptedOnly = LatencySummary.of(accepted.stream().mapToLong(Long::longValue).toArray(),
                    System.nanoTime() - start);

            StringBuilder burst = new StringBuilder();
            for (int i = 0; i < scans; i++) {
                burst.append("member:burst-").append(random.nextInt(members)).append('\n');
            }
            long t0 = System.nanoTime();
            long handled = station.run(new LineScanInput(
                    new ByteArrayInputStream(burst.toString().getBytes(StandardCharsets.UTF_8)), ScanSource.STDIN));
            double burstPerSecond = handled * 1e9 / (System.nanoTime() - t0);

            System.out.printf("disk: %s%n", scratch);
            System.out.printf("raw 4 KiB write+fdatasync (%d): p50 %.0f µs, p99 %.0f µs%n", raw.samples(),
                    raw.p50Micros(), raw.p99Micros());
            print("scan to acknowledgement, all scans", oneByOne);
            print("scan to acknowledgement, accepted only", acceptedOnly);
            System.out.printf("one at a time: %.0f scans/s (%d accepted, %d duplicates)%n", oneByOne.perSecond(),
                    accepted.size(), scans - accepted.size());
            System.out.printf("burst of %d through the queue: %.0f scans/s%n", handled, burstPerSecond);
            System.out.printf("p99 / raw fsync p99: %.1f; goal p99 <= 50 ms: %s%n",
                    oneByOne.p99().toNanos() / (double) raw.p99().toNanos(),
                    oneByOne.p99().toMillis() <= 50 ? "met" : "NOT met");
            long r0 = System.nanoTime();
            CheckinLedger ledger = CheckinLedger.rebuild(journal);
            System.out.printf("journal: %d records; ledger of %d check-ins rebuilt in %.0f ms (what a restart costs)%n",
                    journal.lastSeq(), ledger.size(), (System.nanoTime() - r0) / 1e6);
        }
    }

    private static void print(String what, LatencySummary summary) {
        System.out.printf("%s (%d): p50 %.0f µs, p99 %.0f µs, max %.1f ms%n", what, summary.samples(),
                summary.p50Micros(), summary.p99Micros(), summary.max().toNanos() / 1e6);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
