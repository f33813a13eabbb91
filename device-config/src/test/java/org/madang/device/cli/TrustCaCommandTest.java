package org.madang.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.keys.CentralCaFile;
import org.madang.device.profile.Language;
import org.madang.journal.testing.TestCertificates;
import org.madang.sync.api.tls.PinnedCa;

class TrustCaCommandTest {

    @TempDir
    static Path shared;
    static TestCertificates certificates;
    static HttpsServer central;

    @TempDir
    Path temp;

    @BeforeAll
    static void makeCertificatesAndAnHttpsCentral() throws Exception {
        certificates = TestCertificates.create(shared.resolve("certs"));
        central = certificates.busyServer();
    }

    @AfterAll
    static void stop() {
        central.stop(0);
    }

    private Cli.Run trust(Path dataDir, Path file, String lang) {
        return new Cli().clock(Clock.systemUTC()).run("trust-ca", "--data-dir", dataDir.toString(), file.toString(), "--lang", lang);
    }

    @Test
    void pinsTheDistrictCaBeforeProvisioningAndPrintsItsFingerprint() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("device"));

        Cli.Run run = trust(dataDir, certificates.caPem, "en");

        Path pinned = CentralCaFile.in(dataDir).file();
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Pinned 1 CA certificate(s)").contains(pinned.toString())
                .contains("CN=Madang Test District CA, SHA-256 " + fingerprintOf(certificates.caPem));
        assertThat(Files.readAllBytes(pinned)).isEqualTo(Files.readAllBytes(certificates.caPem));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pinned))).isEqualTo("rw-r--r--");
    }

    @Test
    void showsEveryAuthorityOfAFileHoldingTwoSoNoneIsTrustedUnseen() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("device"));
        Path both = Files.writeString(temp.resolve("both.pem"), Files.readString(certificates.caPem)
                + Files.readString(certificates.otherCaPem));

        Cli.Run run = trust(dataDir, both, "ko");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("CA 인증서 2개").contains("CN=Madang Test District CA, SHA-256")
                .contains("CN=Madang Test Other CA, SHA-256").contains("까지 유효");
    }

    @Test
    void refusesTheServersOwnCertificateInBothLanguagesAndKeepsThePinnedCa() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("device"));
        trust(dataDir, certificates.caPem, "en");

        Cli.Run english = trust(dataDir, certificates.serverPem, "en");
        Cli.Run korean = trust(dataDir, certificates.serverPem, "ko");

        assertThat(english.exitCode()).isEqualTo(1);
        assertThat(english.err()).contains(certificates.serverPem.toString()).contains("is not a CA certificate")
                .contains("Nothing was changed").contains("Fix:");
        assertThat(korean.exitCode()).isEqualTo(1);
        assertThat(korean.err()).contains("CA 인증서가 아닙니다").contains("해결:");
        assertThat(Files.readAllBytes(CentralCaFile.in(dataDir).file())).isEqualTo(Files.readAllBytes(certificates.caPem));
    }

    @Test
    void provisioningToAnHttpsCentralWithoutItsCaIsRefusedWithTheFixAndWritesNothing() throws Exception {
        Path dataDir = temp.resolve("device");
        String qr = ProvisionCommandTest.qr(TestCertificates.url(central), Instant.now().plusSeconds(3600));

        Provisioning.Report report = Provisioning.provision(dataDir, qr, Duration.ofSeconds(5), Clock.systemUTC(),
                new SecureRandom());

        assertThat(report.outcome()).isEqualTo(Provisioning.Outcome.REFUSED);
        assertThat(report.lines()).anySatisfy(line -> {
            assertThat(line.in(Language.EN)).contains("TLS certificate this device does not trust")
                    .contains("device-config trust-ca");
            assertThat(line.in(Language.KO)).contains("신뢰하지 않는 TLS 인증서");
        });
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void setUpFromAUsbStickPinsTheCaBesideTheEnrollmentFileAndReportsItsFingerprint() throws Exception {
        Path dataDir = temp.resolve("device");

        Provisioning.Report report = setUpFromAStickWith(certificates.caPem, dataDir);

        // Through TLS, trusting the stick's CA, the central answers 503: set up, enrollment queued, CA pinned.
        assertThat(report.outcome()).as(report.lines().toString()).isEqualTo(Provisioning.Outcome.QUEUED);
        String fingerprint = fingerprintOf(certificates.caPem);
        assertThat(report.lines()).anySatisfy(line -> {
            assertThat(line.in(Language.KO)).contains("USB의 CA", fingerprint);
            assertThat(line.in(Language.EN)).contains("from the USB stick", fingerprint);
        });
        assertThat(Files.readAllBytes(CentralCaFile.in(dataDir).file())).isEqualTo(Files.readAllBytes(certificates.caPem));
        // Pinned with the rest of the device: the data folder keeps set-up's mode, not the key folder's.
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwxr-x---");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(CentralCaFile.in(dataDir).file())))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void aUsbStickWhoseCaIsNotACaRefusesTheSetUpAndWritesNothing() throws Exception {
        Path dataDir = temp.resolve("device");

        Provisioning.Report report = setUpFromAStickWith(certificates.serverPem, dataDir);

        assertThat(report.outcome()).isEqualTo(Provisioning.Outcome.REFUSED);
        assertThat(report.lines()).anySatisfy(line -> assertThat(line.in(Language.EN)).contains("is not a CA certificate"));
        assertThat(dataDir).doesNotExist();
    }

    /** Set-up mode's USB path: an enrollment file for the HTTPS central with {@code ca} beside it as central-ca.pem. */
    private Provisioning.Report setUpFromAStickWith(Path ca, Path dataDir) throws Exception {
        Path stick = Files.createDirectories(temp.resolve("usb"));
        Path enrollment = Files.writeString(stick.resolve("enrollment-1114055000-3f2a91c0.txt"),
                ProvisionCommandTest.qr(TestCertificates.url(central), Instant.now().plusSeconds(3600)));
        Files.copy(ca, stick.resolve(CentralCaFile.FILE));
        return Provisioning.provisionFromFile(dataDir, enrollment, Duration.ofSeconds(5), Clock.systemUTC(),
                new SecureRandom());
    }

    private static String fingerprintOf(Path pem) throws Exception {
        return PinnedCa.fingerprint(PinnedCa.load(pem, Clock.systemUTC()).authorities().getFirst());
    }

    @Test
    void provisioningToAnHttpsCentralUsesThePinnedCa() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("device"));
        trust(dataDir, certificates.caPem, "en");
        String qr = ProvisionCommandTest.qr(TestCertificates.url(central), Instant.now().plusSeconds(3600));

        Provisioning.Report report = Provisioning.provision(dataDir, qr, Duration.ofSeconds(5), Clock.systemUTC(),
                new SecureRandom());

        // Through TLS the central answers 503 (busy): the terminal is set up and the enrollment queued.
        assertThat(report.outcome()).as(report.lines().toString()).isEqualTo(Provisioning.Outcome.QUEUED);
        assertThat(dataDir.resolve("device-profile.json")).exists();
    }

    @Test
    void aCentralWhoseCertificateExpiredIsQueuedWithTheClockToCheckNotANetworkToFix() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("device"));
        trust(dataDir, certificates.caPem, "en");
        HttpsServer expired = certificates.busyServerWithAnExpiredCertificate();
        try {
            String qr = ProvisionCommandTest.qr(TestCertificates.url(expired), Instant.now().plusSeconds(3600));

            Provisioning.Report report = Provisioning.provision(dataDir, qr, Duration.ofSeconds(5), Clock.systemUTC(),
                    new SecureRandom());

            // The clock syncs, or the central renews its certificate: the agent finishes it then.
            assertThat(report.outcome()).as(report.lines().toString()).isEqualTo(Provisioning.Outcome.QUEUED);
            assertThat(report.lines()).anySatisfy(line -> {
                assertThat(line.in(Language.EN)).contains("NOT VALID AT THIS DEVICE'S TIME", "device-config selftest");
                assertThat(line.in(Language.KO)).contains("현재 시각 기준으로 유효하지 않습니다", "시계를 확인하세요");
            });
            assertThat(report.lines()).allSatisfy(line -> assertThat(line.in(Language.EN)).doesNotContain("CANNOT BE REACHED"));
        } finally {
            expired.stop(0);
        }
    }
}
