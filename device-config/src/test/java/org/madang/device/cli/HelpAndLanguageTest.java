package org.madang.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndLanguageTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"init", "show", "validate", "journal-verify", "selftest", "bench-journal", "provision", "reset"})
    void everySubcommandDocumentsItsExitCodesInBothLanguages(String subcommand) {
        Cli.Run korean = new Cli().run(subcommand, "--help");
        Cli.Run english = new Cli().run(subcommand, "--help", "--lang", "en");

        assertThat(korean.exitCode()).isZero();
        assertThat(korean.out()).contains("사용법: device-config " + subcommand, "종료 코드:", "0  ", "2  사용법 오류");
        assertThat(english.out()).contains("Usage: device-config " + subcommand, "Exit codes:", "2  usage error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"init", "show", "validate", "journal-verify", "selftest", "bench-journal", "provision", "reset"})
    void everySubcommandPrintsTheVersion(String subcommand) {
        Cli.Run run = new Cli().run(subcommand, "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("device-config " + SoftwareVersion.current());
    }

    @Test
    void englishLocaleMakesEnglishTheDefault() {
        Path dataDir = Cli.initialisedDevice(temp);

        Cli.Run run = new Cli().variables(Map.of("LANG", "ko_KR.UTF-8", "LC_ALL", "en_US.UTF-8"))
                .run("journal-verify", "--data-dir", dataDir.toString());

        assertThat(run.out()).contains("is intact");
    }

    @Test
    void errorsAreInBothLanguagesWhateverTheChosenLanguage() {
        Cli.Run run = new Cli().run("show", "--data-dir", temp.resolve("none").toString(), "--lang", "en");

        assertThat(run.err()).contains("오류:", "Error:");
    }

    @Test
    void unknownOptionIsAUsageErrorInBothLanguages() {
        Cli.Run run = new Cli().run("show", "--data-dir", temp.toString(), "--colour");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("오류: Unknown option: '--colour'", "Error: Unknown option: '--colour'", "사용법:");
    }

    @Test
    void refusesArgumentsTheLocaleCouldNotDecode() {
        Path dataDir = temp.resolve("device");

        Cli.Run run = new Cli().stdin(Cli.PIN + "\n").run(Cli.initArgs(dataDir, "--site-name", "\uFFFD\uFFFD"));

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("UTF-8", "LC_ALL=C.UTF-8", "로캘");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void missingSubcommandIsAUsageError() {
        assertThat(new Cli().run().exitCode()).isEqualTo(2);
    }
}
