package org.madang.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.profile.Language;
import org.madang.device.sync.EnrollmentQueue;
import org.madang.journal.testing.FileTree;

class ProvisioningTest {

    private static final Instant NOW = ProvisionCommandTest.NOW;
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path temp;

    private static String unreachable() throws IOException {
        return ProvisionCommandTest.unreachable();
    }

    private static String qr(String url, Instant expires) {
        return ProvisionCommandTest.qr(url, expires);
    }

    @Test
    void setsTheTerminalUpAndQueuesTheEnrollmentWhenTheCentralCannotBeReached() throws Exception {
        Path dataDir = temp.resolve("device");
        String text = qr(unreachable(), NOW.plusSeconds(3600));

        Provisioning.Report report = Provisioning.provision(dataDir, text, TIMEOUT, CLOCK, new SecureRandom());

        assertThat(report.outcome()).isEqualTo(Provisioning.Outcome.QUEUED);
        assertThat(report.setUp()).isTrue();
        assertThat(report.deviceId()).hasValueSatisfying(id -> assertThat(id).matches("kiosk-[0-9a-f]{8}"));
        assertThat(report.lines().getFirst().in(Language.KO)).contains("설정했습니다", "명동");
        assertThat(report.lines().getFirst().in(Language.EN)).containsIgnoringCase("set up");
        assertThat(report.lines()).anySatisfy(line -> {
            assertThat(line.ko()).contains("대기열");
            assertThat(line.en()).contains("queued");
        });
        assertThat(report.lines()).allSatisfy(line -> assertThat(line.ko()).doesNotStartWith(" "));
        assertThat(EnrollmentQueue.in(dataDir).read()).hasValueSatisfying(q -> assertThat(q.qrText()).isEqualTo(text));
        assertThat(dataDir.resolve("device-profile.json")).exists();
    }

    @Test
    void refusesAnExpiredQrInBothLanguagesAndWritesNothing() throws Exception {
        Path dataDir = temp.resolve("device");

        Provisioning.Report report = Provisioning.provision(dataDir, qr(unreachable(), NOW.minusSeconds(1)), TIMEOUT,
                CLOCK, new SecureRandom());

        assertThat(report.outcome()).isEqualTo(Provisioning.Outcome.REFUSED);
        assertThat(report.setUp()).isFalse();
        assertThat(report.deviceId()).isEmpty();
        assertThat(report.lines()).anySatisfy(line -> {
            assertThat(line.ko()).contains("만료");
            assertThat(line.en()).contains("expired");
        });
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void readsTheQrFromAFileAndRefusesAFileWithoutOneChangingNothing() throws Exception {
        Path stick = Files.createDirectories(temp.resolve("usb"));
        Path good = Files.writeString(stick.resolve("madang-enroll.txt"), "\uFEFF" + qr(unreachable(), NOW.plusSeconds(60)));
        Path other = Files.writeString(stick.resolve("notes.txt"), "shopping list");
        Path existing = temp.resolve("device");

        Provisioning.Report refused = Provisioning.provisionFromFile(existing, other, TIMEOUT, CLOCK, new SecureRandom());
        assertThat(refused.outcome()).isEqualTo(Provisioning.Outcome.REFUSED);
        assertThat(existing).doesNotExist();

        Provisioning.Report done = Provisioning.provisionFromFile(existing, good, TIMEOUT, CLOCK, new SecureRandom());
        assertThat(done.outcome()).isEqualTo(Provisioning.Outcome.QUEUED);
        java.util.Map<String, String> before = FileTree.snapshot(existing);
        Provisioning.Report again = Provisioning.provisionFromFile(existing, other, TIMEOUT, CLOCK, new SecureRandom());
        assertThat(again.outcome()).isEqualTo(Provisioning.Outcome.REFUSED);
        assertThat(FileTree.snapshot(existing)).isEqualTo(before);
    }
}
