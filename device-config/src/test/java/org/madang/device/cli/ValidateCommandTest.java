package org.madang.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path temp;

    @Test
    void acceptsTheProfileInitWrote() {
        Path dataDir = Cli.initialisedDevice(temp);

        Cli.Run run = new Cli().run("validate", dataDir.resolve("device-profile.json").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("올바른 프로필", "gwangsan-wolgok1-01");
    }

    @Test
    void listsEveryProblemKoreanLineBeforeEnglishLine() throws Exception {
        Path file = temp.resolve("device-profile.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "deviceId": "x", "site": {"dongCode": "1114000000", "dongName": "명동"},
                 "rol": ["checkin"], "locales": ["en", "ko"], "centralUrl": "http://central.example.go.kr/",
                 "trustedCentralKeys": [], "dataDir": "/var/lib/madang", "peripherals": {"provider": "none"}}
                """);

        Cli.Run run = new Cli().run("validate", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        String[] lines = run.err().split("\n");
        assertThat(lines[0]).startsWith("오류: 장치 프로필").contains("문제 6개");
        assertThat(lines[1]).startsWith("Error: the device profile").contains("6 problem(s)");
        assertThat(run.err()).contains("deviceId = \"x\"", "site.dongCode = \"1114000000\"", "rol is not a known field",
                "did you mean \"roles\"", "roles is missing", "locales[0] = \"en\"", "centralUrl = \"http://central.example.go.kr/\"");
        for (int i = 2; i + 1 < lines.length; i += 2) {
            assertThat(lines[i]).as("Korean line %d", i).containsPattern("[가-힣]");
            assertThat(lines[i + 1]).as("English line %d", i + 1).contains("Fix:");
        }
    }

    @Test
    void missingFileIsAnEnvironmentProblem() {
        Cli.Run run = new Cli().run("validate", temp.resolve("absent.json").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains("absent.json", "없습니다", "does not exist");
    }
}
