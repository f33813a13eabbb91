package org.madang.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.profile.DeviceProfiles;
import org.madang.kiosk.KioskCommand;
import picocli.CommandLine;

/** The launcher's refusals, which happen before any window opens. */
class KioskUiCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = new CommandLine(new KioskCommand());
        line.setErr(new PrintWriter(err));
        return line.execute(args);
    }

    @Test
    void aDataDirectoryWithoutAProfileIsAnEnvironmentProblem() {
        assertThat(run("run", "--data-dir", dir.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("기기 프로필").contains("없습니다").contains("device-config init")
                .contains("There is no device profile");
    }

    @Test
    void anInvalidProfileIsRefusedWithTheCommandThatExplainsIt() throws Exception {
        Files.writeString(DeviceProfiles.fileIn(dir), "{ \"schemaVersion\": 1 }");
        assertThat(run("run", "--data-dir", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("device-config validate");
    }

    @Test
    void anUnknownCameraIsAUsageErrorListingTheAcceptedForms() {
        assertThat(run("run", "--camera", "webcam")).isEqualTo(2);
        assertThat(err.toString()).contains("--camera must be one of none, folder:DIR, rpicam or command:CMD");
    }

    @Test
    void aBadWindowSizeIsAUsageError() {
        assertThat(run("run", "--window", "huge")).isEqualTo(2);
        assertThat(err.toString()).contains("--window must look like 800x480");
    }
}
