package org.madang.sync.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.central.CentralHome;
import org.madang.central.CentralOptions;
import org.madang.central.CentralServer;
import org.madang.central.enroll.EnrollmentSheet;
import org.madang.central.enroll.Enrollments;
import org.madang.device.keys.DeviceKeyStore;
import org.madang.device.sync.EnrollmentFile;
import org.madang.device.sync.EnrollmentQueue;
import org.madang.journal.JournalOptions;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.sqlite.SqliteJournal;
import org.madang.journal.testing.FileTree;
import org.madang.journal.testing.MutableClock;
import org.madang.sync.api.enroll.EnrollmentQr;
import org.madang.sync.api.enroll.EnrollmentTicket;

/**
 * Provisioning end to end: the real reference central on 127.0.0.1, {@code device-config
 * provision} in its own JVM (as staff run it), the sync agent's commands in this one, real files.
 */
class ProvisioningEndToEndTest {

    private static final String SITE = "1114055000";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JAVA = ProcessHandle.current().info().command().orElseThrow();

    @TempDir
    Path temp;

    private final MutableClock centralClock = new MutableClock(Instant.now());
    private CentralHome home;
    private CentralServer server;

    @BeforeEach
    void start() throws IOException {
        home = CentralHome.init(temp.resolve("central"), new SecureRandom());
        server = CentralServer.start(home, CentralOptions.loopback(0).withClock(centralClock));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** device-config in a child JVM on the test class path. */
    static Run deviceConfig(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA, "-cp", System.getProperty("java.class.path"),
                "org.madang.device.cli.DeviceConfigCommand"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LANG", "C.UTF-8");
        Path out = Files.createTempFile("dc", ".out");
        Path err = Files.createTempFile("dc", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("device-config " + String.join(" ", args) + " did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private EnrollmentTicket ticket(URI url, Enrollments.Issued issued) {
        return new EnrollmentTicket(url, issued.code(), home.signingKeyId(), home.signingKey().publicKey(),
                issued.siteCode(), "명동", issued.roles(), issued.expiresAt());
    }

    private EnrollmentSheet sheet() {
        return sheet(server.baseUri(), Duration.ofHours(24));
    }

    private EnrollmentSheet sheet(URI url, Duration validity) {
        Enrollments.Issued issued = server.central().issueEnrollmentCode(SITE, Set.of("checkin"), validity);
        return new EnrollmentSheet(ticket(url, issued));
    }

    private static Ed25519KeyPair appendRecords(Path dataDir, int count) throws Exception {
        Ed25519KeyPair key = DeviceKeyStore.in(dataDir).load();
        try (SqliteJournal journal = SqliteJournal.open(JournalOptions.defaults(dataDir.resolve("journal.db"), key,
                "test kiosk"))) {
            for (int i = 0; i < count; i++) {
                journal.append(RecordDraft.of(RecordKind.DEVICE_EVENT, Map.of("event", "test", "n", i)));
            }
        }
        return key;
    }

    private static JsonNode status(Path dataDir) throws IOException {
        Cli.Result status = Cli.run("status", "--data-dir", dataDir.toString());
        assertThat(status.exitCode()).as(status.toString()).isZero();
        return JSON.readTree(status.out());
    }

    @Test
    void provisionsFromQrTextFromAFileAndFromAPngThenTheAgentUploads() throws Exception {
        EnrollmentSheet fromText = sheet();
        EnrollmentSheet fromFile = sheet();
        EnrollmentSheet fromPng = sheet();
        Path txt = Files.writeString(temp.resolve("qr.txt"), fromFile.text() + "\n");
        Path png = Files.write(temp.resolve("qr.png"), fromPng.png());
        Map<String, String> inputs = Map.of("a", fromText.text(), "b", txt.toString(), "c", png.toString());
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            Path dataDir = temp.resolve(input.getKey());
            Run run = deviceConfig("provision", "--data-dir", dataDir.toString(), "--enrollment", input.getValue(),
                    "--device-id", "kiosk-" + input.getKey());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).containsSubsequence("설정했습니다", "set up in", "중앙 서버에 등록됨",
                    "enrolled with the central", "roles checkin");
            assertThat(run.out()).contains(EnrollmentQr.parse(fromText.text(), Instant.now()).fingerprint());
            Ed25519KeyPair key = DeviceKeyStore.in(dataDir).load();
            assertThat(server.central().deviceByKeyId(key.keyId())).hasValueSatisfying(
                    device -> assertThat(device.deviceId()).isEqualTo("kiosk-" + input.getKey()));
            assertThat(EnrollmentFile.in(dataDir).read()).isPresent();
            assertThat(EnrollmentQueue.in(dataDir).file()).doesNotExist();
        }

        Path a = temp.resolve("a");
        appendRecords(a, 5);
        Cli.Result once = Cli.run("once", "--data-dir", a.toString());
        assertThat(once.exitCode()).as(once.toString()).isZero();
        JsonNode status = status(a);
        assertThat(status.get("enrolled").asBoolean()).isTrue();
        assertThat(status.get("waiting").asLong()).isZero();
        assertThat(status.get("ackedSeq").asLong()).isEqualTo(6);
    }

    @Test
    void queuesWhileTheCentralIsDownAndTheAgentCompletesItOnItsNextPass() throws Exception {
        int port = server.port();
        EnrollmentSheet sheet = sheet();
        server.close();
        server = null;
        Path dataDir = temp.resolve("kiosk");
        Run queued = deviceConfig("provision", "--data-dir", dataDir.toString(), "--enrollment", sheet.text(),
                "--timeout", "2");
        assertThat(queued.exitCode()).as(queued.toString()).isZero();
        assertThat(queued.out()).contains("등록을 대기열에 넣었습니다", "the enrollment is queued");
        assertThat(status(dataDir).get("enrollmentQueued").asBoolean()).isTrue();
        assertThat(status(dataDir).get("enrolled").asBoolean()).isFalse();

        Cli.Result stillDown = Cli.run("once", "--data-dir", dataDir.toString(), "--connect-timeout", "1s");
        assertThat(stillDown.exitCode()).as(stillDown.toString()).isEqualTo(3);
        assertThat(EnrollmentQueue.in(dataDir).read()).isPresent();

        server = CentralServer.start(home, CentralOptions.loopback(port).withClock(centralClock));
        Cli.Result once = Cli.run("once", "--data-dir", dataDir.toString());
        assertThat(once.exitCode()).as(once.toString()).isZero();
        JsonNode status = status(dataDir);
        assertThat(status.get("enrollmentQueued").asBoolean()).isFalse();
        assertThat(status.get("enrolled").asBoolean()).isTrue();
        assertThat(status.get("waiting").asLong()).isZero();
        assertThat(EnrollmentQueue.in(dataDir).file()).doesNotExist();
        assertThat(server.central().deviceByKeyId(DeviceKeyStore.in(dataDir).load().keyId())).isPresent();
    }

    @Test
    void badEnrollmentsAreExplainedAndChangeNothing() throws Exception {
        // A QR built with another key than the central's: the central's answer does not verify. A fresh
        // code each time, because the central does enroll the device (the code is used) before the device
        // finds out that the answer is not from the central it was told about.
        Supplier<String> otherKey = () -> {
            EnrollmentTicket real = ticket(server.baseUri(), server.central().issueEnrollmentCode(SITE, Set.of("checkin"),
                    Duration.ofHours(1)));
            return EnrollmentQr.format(new EnrollmentTicket(real.centralUrl(), real.code(), real.kid(),
                    Ed25519KeyPair.generate(new SecureRandom()).publicKey(), real.siteCode(), real.siteName(),
                    real.roles(), real.expires()));
        };
        // A used code.
        EnrollmentSheet used = sheet();
        assertThat(deviceConfig("provision", "--data-dir", temp.resolve("first").toString(), "--enrollment",
                used.text()).exitCode()).isZero();
        // A code the central considers expired (its clock is ahead of the QR's, the device's is not).
        EnrollmentSheet expired = sheet(server.baseUri(), Duration.ofMinutes(10));

        Path empty = Files.createDirectories(temp.resolve("empty"));
        record Case(String name, Supplier<String> qr, String korean, String english) {
        }
        List<Case> cases = List.of(
                new Case("wrong key", otherKey, "QR의 중앙 서버 키", "not signed by the central key in the QR"),
                new Case("used", used::text, "이미 쓰였거나", "already used"),
                new Case("expired", expired::text, "만료", "expired at"),
                new Case("garbage", () -> "MADANG-ENROL1:hello", "마당 등록 코드가 아닙니다", "not a Madang enrollment code"));
        for (Case each : cases) {
            if (each.name().equals("expired")) {
                centralClock.set(Instant.now().plus(Duration.ofMinutes(20)));
            }
            for (Path dataDir : List.of(temp.resolve("new-" + each.name().replace(' ', '-')), empty)) {
                Map<String, String> before = FileTree.snapshot(dataDir);
                Run run = deviceConfig("provision", "--data-dir", dataDir.toString(), "--enrollment", each.qr().get());
                assertThat(run.exitCode()).as(each.name() + "\n" + run).isEqualTo(1);
                assertThat(run.err()).as(each.name()).containsSubsequence("오류", each.korean(), each.english());
                assertThat(FileTree.snapshot(dataDir)).as(each.name()).isEqualTo(before);
            }
            centralClock.set(Instant.now());
        }
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void setUpAgainIsRefusedWhileRecordsWaitAndAllowedAfterAUsbExport() throws Exception {
        Path dataDir = temp.resolve("kiosk");
        assertThat(deviceConfig("provision", "--data-dir", dataDir.toString(), "--enrollment", sheet().text())
                .exitCode()).isZero();
        appendRecords(dataDir, 3);
        String again = sheet().text();
        Map<String, String> before = FileTree.snapshot(dataDir);
        Run refused = deviceConfig("provision", "--data-dir", dataDir.toString(), "--enrollment", again);
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("4 record(s)", "sync-agent export --data-dir " + dataDir.toAbsolutePath());
        assertThat(FileTree.snapshot(dataDir)).isEqualTo(before);

        Path stick = Files.createDirectories(temp.resolve("usb"));
        Cli.Result export = Cli.run("export", "--data-dir", dataDir.toString(), "--to",
                stick.resolve("kiosk.madang-export.gz").toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(Files.readString(dataDir.resolve("sync/exports.json"), StandardCharsets.UTF_8)).contains("\"lastSeq\" : 4");
        Run allowed = deviceConfig("provision", "--data-dir", dataDir.toString(), "--enrollment", again);
        assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
        assertThat(allowed.out()).contains("set up again", "enrolled with the central");
    }
}
