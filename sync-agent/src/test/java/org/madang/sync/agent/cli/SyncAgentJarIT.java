package org.madang.sync.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.sync.SyncStateFile;
import org.madang.journal.JournalRecord;
import org.madang.sync.agent.notify.NotifySocketServer;
import org.madang.sync.agent.testing.ScriptedCentral;
import org.madang.sync.agent.testing.TestDevice;
import org.madang.sync.api.export.ExportReader;

/** Runs the shaded jar as the device does ({@code java -jar sync-agent.jar …}) against the scripted central. */
class SyncAgentJarIT {

    private static Path jar;
    private static String java;

    @TempDir
    Path temp;

    private ScriptedCentral central;
    private TestDevice device;
    private Path dataDir;

    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    @BeforeAll
    static void findJarAndJava() throws IOException {
        jar = Path.of(System.getProperty("madang.sync-agent.jar", "target/sync-agent.jar")).toAbsolutePath();
        assertThat(jar).as("the shaded jar; run through mvn verify").isRegularFile();
        java = ProcessHandle.current().info().command().orElseThrow();
    }

    @BeforeEach
    void start() throws Exception {
        central = ScriptedCentral.start();
        dataDir = temp.resolve("device");
        device = TestDevice.create(dataDir, central.url());
        central.enrol(device.key().publicKey());
    }

    @AfterEach
    void stop() {
        device.close();
        central.close();
    }

    private ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().remove("LANG");
        builder.environment().put("LC_ALL", "C.UTF-8");
        return builder;
    }

    private Result run(String... args) throws Exception {
        Process process = command(args).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void statusExportAndOnceWorkFromTheShadedJar() throws Exception {
        device.append(1999);
        central.publish(device.contentBundle(1), 1);

        Result status = run("status", "--data-dir", dataDir.toString());
        assertThat(status.exitCode()).as(status.toString()).isZero();
        JsonNode before = new ObjectMapper().readTree(status.out());
        assertThat(before.get("waiting").asLong()).isEqualTo(2000);
        assertThat(status.err()).as("no log noise, no JVM warnings").isEmpty();

        Path export = temp.resolve("usb.madang.gz");
        Result exported = run("export", "--data-dir", dataDir.toString(), "--to", export.toString());
        assertThat(exported.exitCode()).as(exported.toString()).isZero();
        assertThat(ExportReader.verify(export).lastSeq()).isEqualTo(2000);

        Result once = run("once", "--data-dir", dataDir.toString());
        assertThat(once.exitCode()).as(once.toString()).isZero();
        assertThat(once.out()).contains("Sent 2000 record(s): 2000 stored");
        assertThat(once.err()).contains("pass DONE", "sent=2000", "waiting=0");
        assertThat(central.stored()).extracting(JournalRecord::seq).hasSize(2000).isSorted().doesNotHaveDuplicates();

        JsonNode after = new ObjectMapper().readTree(run("status", "--data-dir", dataDir.toString()).out());
        assertThat(after.get("ackedSeq").asLong()).isEqualTo(2000);
        assertThat(after.get("waiting").asLong()).isZero();
        assertThat(after.get("contentVersion").asInt()).isEqualTo(1);
    }

    @Test
    void runUploadsAsTheKioskAppendsAndStopsCleanlyOnSigterm() throws Exception {
        device.append(99);
        Process agent = command("run", "--data-dir", dataDir.toString(), "--interval", "200ms")
                .redirectErrorStream(true).redirectOutput(temp.resolve("run.log").toFile()).start();
        try {
            waitForAck(100);
            device.append(50);
            waitForAck(150);
            agent.destroy(); // SIGTERM
            assertThat(agent.waitFor(30, TimeUnit.SECONDS)).as(Files.readString(temp.resolve("run.log"))).isTrue();
            // The JVM's status after SIGTERM is 128 + 15 once the shutdown hook let the loop finish.
            assertThat(agent.exitValue()).as(Files.readString(temp.resolve("run.log"))).isEqualTo(143);
            assertThat(Files.readString(temp.resolve("run.log"))).contains("sync agent stopped");
        } finally {
            agent.destroyForcibly();
        }
        assertThat(central.stored()).hasSize(150);
    }

    @Test
    void runTellsSystemdItIsReadyThatItProgressesAndThatItStops() throws Exception {
        device.append(9);
        try (NotifySocketServer systemd = NotifySocketServer.at(temp.resolve("notify"))) {
            // The package's JVM flags: junixsocket's classes and JNI library must fit its small metaspace.
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(packagedJavaOptions());
            // A long interval: the first pass's status is then the last notification before SIGTERM, so STOPPING=1
            // comes next however late the signal is handled (a second pass would send its own status first), and
            // the stop has to end the wait at once.
            command.addAll(List.of("-jar", jar.toString(), "run", "--data-dir", dataDir.toString(), "--interval", "1h"));
            ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true)
                    .redirectOutput(temp.resolve("run.log").toFile());
            builder.environment().put("NOTIFY_SOCKET", systemd.notifySocket());
            builder.environment().put("WATCHDOG_USEC", "600000000");
            Process agent = builder.start();
            try {
                // A cold java -jar (junixsocket unpacks its JNI library) on a loaded machine: allow it a minute.
                assertThat(systemd.receive(Duration.ofSeconds(60))).as(log())
                        .isEqualTo("READY=1\nSTATUS=starting the first pass");
                assertThat(receiveUntil(systemd, "STATUS=")).as(log()).isEqualTo(
                        "WATCHDOG=1\nSTATUS=0 record(s) waiting; last pass DONE; next pass in 60 min");
                assertThat(central.stored()).hasSize(10);
                agent.destroy(); // SIGTERM, as systemctl stop sends
                assertThat(receiveUntil(systemd, "STOPPING=1")).isEqualTo("STOPPING=1\nSTATUS=stopping");
                assertThat(agent.waitFor(30, TimeUnit.SECONDS)).as(log()).isTrue();
                assertThat(agent.exitValue()).as(log()).isEqualTo(143);
            } finally {
                agent.destroyForcibly();
            }
        }
        assertThat(log()).contains("notifying systemd at " + temp.resolve("notify") + "; watchdog 600000 ms",
                "sync agent stopped").doesNotContain("WARN", "ERROR", "WARNING");
    }

    /** SYNC_AGENT_JAVA_OPTS as the package's /etc/madang/sync-agent.conf sets it. */
    private static List<String> packagedJavaOptions() throws IOException {
        Path conf = Path.of("../installer/src/deb/madang-kiosk/root/etc/madang/sync-agent.conf");
        String line = Files.readAllLines(conf).stream().filter(l -> l.startsWith("SYNC_AGENT_JAVA_OPTS=\""))
                .findFirst().orElseThrow(() -> new AssertionError("no SYNC_AGENT_JAVA_OPTS in " + conf.toAbsolutePath()));
        List<String> options = List.of(line.substring(line.indexOf('"') + 1, line.lastIndexOf('"')).split(" +"));
        assertThat(options).as(line).contains("-XX:MaxMetaspaceSize=40m");
        return options;
    }

    /** Notifications up to the first that holds {@code text} (the pings of each request come before it). */
    private static String receiveUntil(NotifySocketServer systemd, String text) throws IOException {
        for (int i = 0; i < 1000; i++) {
            String notification = systemd.receive();
            if (notification.contains(text)) {
                return notification;
            }
            assertThat(notification).isEqualTo("WATCHDOG=1");
        }
        throw new AssertionError("no notification with " + text + " among 1000");
    }

    private String log() throws IOException {
        return Files.readString(temp.resolve("run.log"));
    }

    private void waitForAck(long seq) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            var state = SyncStateFile.in(dataDir).read();
            if (state.isPresent() && state.get().ackedSeq() >= seq) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the agent did not acknowledge " + seq + " in 30 s: " + Files.readString(temp.resolve("run.log")));
    }
}
