package org.madang.sync.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.sync.agent.testing.ScriptedCentral;
import org.madang.sync.agent.testing.TestDevice;

/**
 * Not a test: measures the shaded jar's peak RSS and records/s uploading 100,000 records with
 * {@code -Xmx64m} to the scripted central. Run with
 * {@code ./mvnw -pl sync-agent -am verify -Dtest=UploadMeasurement -Dmadang.measure=true -Dsurefire.failIfNoSpecifiedTests=false}
 * after the jar is built; prints its figures to the test output.
 */
@EnabledIfSystemProperty(named = "madang.measure", matches = "true")
class UploadMeasurement {

    @Test
    void measure() throws Exception {
        Path jar = Path.of("target/sync-agent.jar").toAbsolutePath();
        Path dataDir = Files.createTempDirectory(Path.of("/dev/shm"), "sync-measure");
        int records = Integer.getInteger("madang.measure.records", 100_000);
        try (ScriptedCentral central = ScriptedCentral.start(); TestDevice device = TestDevice.create(dataDir, central.url())) {
            central.enrol(device.key().publicKey());
            ExecutorService writers = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(writers.submit(() -> {
                    for (int i = thread; i < records - 1; i += 8) {
                        device.journal().append(RecordDraft.of(RecordKind.CHECKIN, Map.of("event", "2026-myeongdong-cleanup",
                                "member", "member-" + i, "points", 500, "station", "station-01")));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            writers.shutdown();
            String java = ProcessHandle.current().info().command().orElseThrow();
            List<String> command = new java.util.ArrayList<>(List.of(java));
            command.addAll(List.of(System.getProperty("madang.measure.flags",
                    "-Xmx64m -XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1").split(" ")));
            command.addAll(List.of("-jar", jar.toString(), "once", "--data-dir", dataDir.toString()));
            Process agent = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dataDir.resolve("agent.log").toFile()).start();
            long start = System.nanoTime();
            long peakKb = 0;
            Path status = Path.of("/proc", String.valueOf(agent.pid()), "status");
            while (!agent.waitFor(20, TimeUnit.MILLISECONDS)) {
                try {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmHWM:")) {
                            peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("\\D", "")));
                        }
                    }
                } catch (java.io.IOException e) {
                    // exited between waitFor and the read
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String log = Files.readString(dataDir.resolve("agent.log"));
            System.out.println(log);
            System.out.printf("MEASURE flags=" + command.subList(1, command.size() - 5) + " records=%d exit=%d peakRssMiB=%.1f seconds=%.2f records/s=%.0f%n", records,
                    agent.exitValue(), peakKb / 1024.0, seconds, records / seconds);
            assertThat(agent.exitValue()).as(log).isZero();
            assertThat(central.stored()).hasSize(records);
        } finally {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
