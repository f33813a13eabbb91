package org.madang.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.sync.EnrollmentFile;
import org.madang.device.sync.EnrollmentQueue;
import org.madang.device.sync.ExportsFile;
import org.madang.device.sync.SyncState;
import org.madang.device.sync.SyncStateFile;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.sqlite.SqliteJournalReader;
import org.madang.journal.testing.FileTree;
import org.madang.sync.api.enroll.EnrollmentQr;
import org.madang.sync.api.enroll.EnrollmentTicket;

/**
 * {@code provision} without a central: the QR checks, the queue when the central cannot be
 * reached, reading the QR from a file and an image, and the guard against stranding records.
 * Enrolling against the real central is tested end to end in the sync agent's module.
 */
class ProvisionCommandTest {

    /** The Cli's fixed clock. */
    static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    private static final Ed25519KeyPair CENTRAL = Ed25519KeyPair.generate(new SecureRandom());

    @TempDir
    Path temp;

    /** A central address where nothing listens (a port just released). */
    static String unreachable() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/";
        }
    }

    static String qr(String url, Instant expires) {
        return EnrollmentQr.format(new EnrollmentTicket(URI.create(url), "ABCD-EFGH-JKMN-PQRS", "central-1",
                CENTRAL.publicKey(), "1114055000", "명동", List.of("checkin"), expires));
    }

    /** {@code qr} with its site replaced (a QR the central would never print). */
    private static String withSite(String qr, String site) throws IOException {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(Base64.getUrlDecoder().decode(
                qr.substring(EnrollmentQr.PREFIX.length())));
        json.put("site", site);
        return EnrollmentQr.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(
                json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String journalId(Path dataDir) throws Exception {
        try (SqliteJournalReader reader = SqliteJournalReader.open(dataDir.resolve("journal.db"))) {
            return reader.info().journalId();
        }
    }

    @Test
    void queuesTheEnrollmentAndSaysSoWhenTheCentralCannotBeReached() throws Exception {
        Path dataDir = temp.resolve("device");
        String text = qr(unreachable(), NOW.plusSeconds(3600));
        Cli.Run run = new Cli().run("provision", "--data-dir", dataDir.toString(), "--enrollment", text, "--timeout", "2");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsSubsequence("대기열", "CANNOT BE REACHED NOW", "queued", "sync-agent once");
        JsonNode profile = new ObjectMapper().readTree(dataDir.resolve("device-profile.json").toFile());
        assertThat(profile.get("deviceId").asText()).matches("kiosk-[0-9a-f]{8}");
        assertThat(profile.at("/site/dongName").asText()).isEqualTo("명동");
        assertThat(profile.at("/trustedCentralKeys/0/x").asText()).isEqualTo(CENTRAL.publicKey().jwkX());
        assertThat(profile.get("adminPin")).isNull();
        assertThat(EnrollmentQueue.in(dataDir).read()).hasValueSatisfying(q -> assertThat(q.qrText()).isEqualTo(text));
        assertThat(EnrollmentFile.in(dataDir).file()).doesNotExist();
        assertThat(dataDir.resolve("keys/device-ed25519.key")).exists();
        assertThat(dataDir.resolve("journal.db")).exists();
        assertThat(run.out()).contains(EnrollmentQr.parse(text, NOW).fingerprint());
    }

    @Test
    void readsTheQrFromATextFileAndFromAPhotoOfIt() throws Exception {
        String text = qr(unreachable(), NOW.plusSeconds(3600));
        Path txt = Files.writeString(temp.resolve("qr.txt"), text + "\n");
        Cli.Run fromText = new Cli().run("provision", "--data-dir", temp.resolve("a").toString(), "--enrollment",
                txt.toString(), "--timeout", "2");
        assertThat(fromText.exitCode()).as(fromText.toString()).isZero();

        BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 600, 600);
        BufferedImage image = new BufferedImage(700, 700, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 700; y++) {
            for (int x = 0; x < 700; x++) {
                boolean dark = x >= 50 && y >= 50 && x < 650 && y < 650 && matrix.get(x - 50, y - 50);
                image.setRGB(x, y, dark ? 0x202020 : 0xF0F0E8);
            }
        }
        Path jpeg = temp.resolve("photo.jpg");
        ImageIO.write(image, "jpg", jpeg.toFile());
        Cli.Run fromPhoto = new Cli().run("provision", "--data-dir", temp.resolve("b").toString(), "--enrollment",
                jpeg.toString(), "--timeout", "2");
        assertThat(fromPhoto.exitCode()).as(fromPhoto.toString()).isZero();
        assertThat(EnrollmentQueue.in(temp.resolve("b")).read()).hasValueSatisfying(q -> assertThat(q.qrText()).isEqualTo(text));

        Path blank = temp.resolve("blank.png");
        ImageIO.write(new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB), "png", blank.toFile());
        Cli.Run noQr = new Cli().run("provision", "--data-dir", temp.resolve("c").toString(), "--enrollment",
                blank.toString());
        assertThat(noQr.exitCode()).isEqualTo(1);
        assertThat(noQr.err()).contains("QR 코드를 찾지 못했습니다", "no readable QR code in the image");
        assertThat(temp.resolve("c")).doesNotExist();
    }

    @Test
    void readsACentralPngThatZxingsDetectorAloneMisreads() throws Exception {
        // A real central's enrollment text (an expired ticket; only the image matters here) whose PNG,
        // drawn as central-reference's EnrollmentSheet draws it, ZXing's detector fails on
        // (FormatException), about one code in a hundred.
        String text = "MADANG-ENROLL1:eyJ1cmwiOiJodHRwczovL2NlbnRyYWwuZXhhbXBsZS5nby5rci9tYWRhbmcvIiwiY29kZSI6IjI0REItNUM5"
                + "Mi1DQ0YyLUUwQ0QiLCJraWQiOiJjZW50cmFsLTEiLCJ4IjoiZ2E5RXFrLWFVSlFRUkk0b2hnc1FNUkoyblRocjlwcThxVzFvWDdmZExQ"
                + "NCIsInNpdGUiOiIxMTE0MDU1MDAwIiwic2l0ZU5hbWUiOiLrqoXrj5kiLCJyb2xlcyI6WyJjaGVja2luIiwidm90ZSJdLCJleHBpcmVz"
                + "IjoiMjAyNi0xMS0yMlQyMDoxNzozMC44MjE2ODU4MzNaIn0";
        BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        int module = 8;
        int quiet = 4;
        int size = (matrix.getWidth() + 2 * quiet) * module;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int mx = x / module - quiet;
                int my = y / module - quiet;
                boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getWidth() && matrix.get(mx, my);
                image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        Path png = temp.resolve("enrollment-1114055000.png");
        ImageIO.write(image, "png", png.toFile());

        assertThat(EnrollmentInput.read(png.toString())).isEqualTo(text);
    }

    @Test
    void refusesGarbageDamagedExpiredAndCleartextQrsNamingTheProblemAndWritingNothing() throws Exception {
        Path dataDir = temp.resolve("device");
        String good = qr("https://central.example.go.kr/", NOW.plusSeconds(60));
        Map<String, String[]> cases = Map.of(
                "hello world", new String[] {"마당 등록 코드가 아닙니다", "not a Madang enrollment code"},
                good.substring(0, good.length() - 30), new String[] {"손상", "damaged"},
                qr("https://central.example.go.kr/", NOW), new String[] {"만료", "expired at 2026-11-22T01:00:00Z"},
                qr("http://central.example.go.kr/", NOW.plusSeconds(60)), new String[] {"https도 아니고", "in clear"},
                withSite(good, "12345"), new String[] {"기대값: 10자리 행정동 코드", "expected a 10-digit administrative dong code"});
        for (Map.Entry<String, String[]> each : cases.entrySet()) {
            Cli.Run run = new Cli().run("provision", "--data-dir", dataDir.toString(), "--enrollment", each.getKey());
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.err()).as(run.toString()).containsSubsequence("오류", "Error", each.getValue()[0], each.getValue()[1]);
            assertThat(run.err()).contains("아무것도 바꾸지 않았습니다", "nothing was changed");
            assertThat(dataDir).doesNotExist();
        }
    }

    @Test
    void refusesToSetUpAgainWhileRecordsWaitAndAllowsItAfterAnExportCoversThem() throws Exception {
        Path dataDir = Cli.initialisedDevice(temp);
        String journalId = journalId(dataDir);
        String text = qr(unreachable(), NOW.plusSeconds(3600));
        Map<String, String> before = FileTree.snapshot(dataDir);
        Cli.Run refused = new Cli().run("provision", "--data-dir", dataDir.toString(), "--enrollment", text);
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).containsSubsequence("기록 1개", "1 record(s)", "sync-agent export --data-dir " + dataDir,
                "gwangsan-wolgok1-01.madang-export.gz");
        assertThat(FileTree.snapshot(dataDir)).isEqualTo(before);

        // Acknowledged by the central: allowed.
        SyncStateFile.in(dataDir).write(SyncState.initial(journalId).withAck(1, java.util.Optional.empty()));
        Cli.Run afterAck = new Cli().run("provision", "--data-dir", dataDir.toString(), "--enrollment", text, "--timeout", "2");
        assertThat(afterAck.exitCode()).as(afterAck.toString()).isZero();
        assertThat(afterAck.out()).contains("다시 설정했습니다", "set up again");
        JsonNode profile = new ObjectMapper().readTree(dataDir.resolve("device-profile.json").toFile());
        assertThat(profile.get("deviceId").asText()).isEqualTo("gwangsan-wolgok1-01");
        assertThat(profile.get("centralUrl").asText()).isEqualTo(EnrollmentQr.parse(text, NOW).centralUrl().toString());
        assertThat(profile.get("adminPin")).as("the PIN set at init is kept").isNotNull();

        // A new record not acknowledged: refused again, until an export covers it.
        SyncStateFile.in(dataDir).write(SyncState.initial(journalId));
        assertThat(new Cli().run("provision", "--data-dir", dataDir.toString(), "--enrollment", text).exitCode())
                .isEqualTo(1);
        ExportsFile.in(dataDir).add(new ExportsFile.Export(journalId, 1, 1, "/media/usb/x.madang-export.gz", NOW));
        Cli.Run afterExport = new Cli().run("provision", "--data-dir", dataDir.toString(), "--enrollment", text,
                "--timeout", "2");
        assertThat(afterExport.exitCode()).as(afterExport.toString()).isZero();
    }

    @Test
    void resetRefusesWhileRecordsWaitOrTheJournalIsInUseThenMovesTheDeviceAsideForAFreshProvision() throws Exception {
        Path dataDir = Cli.initialisedDevice(temp);
        String journalId = journalId(dataDir);
        Map<String, String> before = FileTree.snapshot(dataDir);
        Cli.Run waiting = new Cli().run("reset", "--data-dir", dataDir.toString());
        assertThat(waiting.exitCode()).as(waiting.toString()).isEqualTo(1);
        assertThat(waiting.err()).contains("1 record(s)", "sync-agent export");
        assertThat(FileTree.snapshot(dataDir)).isEqualTo(before);

        ExportsFile.in(dataDir).add(new ExportsFile.Export(journalId, 1, 1, "/media/usb/x.madang-export.gz", NOW));
        try (java.nio.channels.FileChannel lock = java.nio.channels.FileChannel.open(dataDir.resolve("journal.db.lock"),
                java.nio.file.StandardOpenOption.WRITE); var held = lock.lock()) {
            Cli.Run inUse = new Cli().run("reset", "--data-dir", dataDir.toString());
            assertThat(inUse.exitCode()).as(inUse.toString()).isEqualTo(3);
            assertThat(inUse.err()).contains("systemctl stop");
            assertThat(held.isValid()).isTrue();
        }
        // A CA pinned for the central (decision 0014) outlives the reset; here any PEM stands in for it.
        Path pinned = dataDir.resolve("keys/central-ca.pem");
        Files.writeString(pinned, "-----BEGIN CERTIFICATE-----\nstand-in\n-----END CERTIFICATE-----\n");
        Cli.Run reset = new Cli().run("reset", "--data-dir", dataDir.toString());
        assertThat(reset.exitCode()).as(reset.toString()).isZero();
        Path retired = dataDir.resolve("retired-20261122T010000Z");
        assertThat(reset.out()).contains(retired.toString(), "설정 모드", "set-up mode", "stays pinned", pinned.toString());
        assertThat(dataDir.resolve("device-profile.json")).doesNotExist();
        assertThat(dataDir.resolve("keys")).isDirectoryContaining(path -> path.getFileName().toString().equals("central-ca.pem"));
        assertThat(Files.readString(pinned)).contains("stand-in");
        assertThat(dataDir.resolve("keys/device-ed25519.key")).doesNotExist();
        assertThat(retired.resolve("device-profile.json")).exists();
        assertThat(retired.resolve("journal.db")).exists();
        assertThat(retired.resolve("keys/device-ed25519.key")).exists();
        assertThat(retired.resolve("sync/exports.json")).exists();

        // The stand-in is no certificate: provisioning refuses to trust it, naming the file, and writes nothing.
        Cli.Run badPin = new Cli().run("provision", "--data-dir", dataDir.toString(), "--enrollment",
                qr(unreachable(), NOW.plusSeconds(3600)), "--timeout", "2", "--lang", "en");
        assertThat(badPin.exitCode()).as(badPin.toString()).isEqualTo(1);
        assertThat(badPin.err()).contains(pinned.toString(), "holds no PEM certificate");
        assertThat(dataDir.resolve("device-profile.json")).doesNotExist();
        Files.delete(pinned);

        Cli.Run provision = new Cli().run("provision", "--data-dir", dataDir.toString(), "--enrollment",
                qr(unreachable(), NOW.plusSeconds(3600)), "--timeout", "2");
        assertThat(provision.exitCode()).as(provision.toString()).isZero();
    }

    @Test
    void aHalfMadeDeviceIsRefused() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("device"));
        Files.writeString(dataDir.resolve("journal.db"), "x", StandardCharsets.UTF_8);
        Cli.Run run = new Cli().run("provision", "--data-dir", dataDir.toString(), "--enrollment",
                qr(unreachable(), NOW.plusSeconds(60)));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("journal.db");
    }
}
