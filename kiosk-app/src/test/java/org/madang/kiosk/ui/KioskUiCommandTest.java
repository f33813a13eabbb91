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

    // Not run through the command: set-up mode shows a window and waits for staff (SetupUiTest).
    @Test
    void aDataDirectoryWithoutAProfileStartsInSetUpModeAndOneWithAProfileDoesNot() throws Exception {
        assertThat(SetupMode.needed(dir)).isTrue();
        assertThat(SetupMode.needed(dir.resolve("not-made-yet"))).isTrue();
        Files.writeString(DeviceProfiles.fileIn(dir), "{ \"schemaVersion\": 1 }");
        assertThat(SetupMode.needed(dir)).as("a broken profile is refused, never silently set up again").isFalse();
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
    void aWedgeGapSetsTheLongestPauseInAScanAndKeepsTheOtherLimits() {
        assertThat(new WedgeGap().convert(" 200 ")).isEqualTo(new org.madang.kiosk.scan.wedge.WedgeTiming(
                java.time.Duration.ofMillis(200), 6, 4096));
    }

    @Test
    void aWedgeGapOutsideOneToAThousandMillisecondsIsAUsageErrorInBothLanguages() {
        for (String gap : new String[] {"0", "1001", "fast"}) {
            err.getBuffer().setLength(0);
            assertThat(run("run", "--wedge-gap", gap)).as(gap).isEqualTo(2);
            assertThat(err.toString()).as(gap).contains("--wedge-gap 값은 1부터 1000 사이의 밀리초여야 합니다")
                    .contains("--wedge-gap must be a number of milliseconds from 1 to 1000, got '" + gap + "'");
        }
    }

    @Test
    void aBadWindowSizeIsAUsageError() {
        assertThat(run("run", "--window", "huge")).isEqualTo(2);
        assertThat(err.toString()).contains("--window must look like 800x480");
    }
}
