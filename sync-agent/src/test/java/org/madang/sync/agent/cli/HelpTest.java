package org.madang.sync.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.madang.sync.agent.central.CentralUnavailableException;
import org.madang.sync.agent.text.Messages;
import org.madang.sync.api.tls.PinnedCaException;

/** The help says what each command is for, in the environment's language, from the bundles. */
class HelpTest {

    private static final Map<String, String> ENGLISH = Map.of("LANG", "en_US.UTF-8");

    @ParameterizedTest
    @CsvSource({
        "run,    Runs as the service,           서비스로 실행합니다",
        "once,   Runs one pass,                 한 번 실행합니다",
        "status, Prints the upload's state,     업로드 상태를 JSON으로",
        "export, Writes the complete journal,   저널 전체를 서명된 파일로",
        "enroll, Registers the device's key,    일회용 코드로 단말의 키를",
    })
    void everySubcommandSaysWhatItIsForInEachLanguage(String command, String english, String korean) {
        Cli.Result inKorean = Cli.run(command, "--help");
        Cli.Result inEnglish = Cli.run(ENGLISH, command, "--help");

        assertThat(inKorean.exitCode()).isZero();
        assertThat(inKorean.out()).contains("사용법: sync-agent " + command, korean, "옵션:", "종료 코드:", "  2  사용법 오류")
                .doesNotContain(english);
        assertThat(inEnglish.out()).contains("Usage: sync-agent " + command, english, "Options:", "Exit codes:",
                "  2  usage error");
        // picocli shows the root's description for a subcommand whose key is missing.
        assertThat(inEnglish.out()).doesNotContain("The device's uploader");
        for (Cli.Result run : new Cli.Result[] {inKorean, inEnglish}) {
            assertThat(run.out()).doesNotContain("sync-agent.", "usage.", "mixinStandardHelpOptions");
        }
    }

    @Test
    void rootHelpListsEverySubcommandWithItsLine() {
        Cli.Result run = Cli.run(ENGLISH, "--help");

        assertThat(run.out()).contains("The device's uploader", "Commands:")
                .containsPattern("run +Runs as the service")
                .containsPattern("enroll +Registers the device's key");
    }

    @Test
    void koreanBundleHasExactlyTheEnglishKeys() throws IOException {
        assertThat(keys("messages_ko.properties")).containsExactlyInAnyOrderElementsOf(keys("messages.properties"));
    }

    @Test
    void everyFailureTheAgentCanMeetHasWords() throws IOException {
        Set<String> keys = keys("messages.properties");
        for (CentralUnavailableException.Kind kind : CentralUnavailableException.Kind.values()) {
            assertThat(keys).contains("unavailable." + kind.name());
        }
        for (PinnedCaException.Code code : PinnedCaException.Code.values()) {
            assertThat(keys).contains("error.ca." + code.name());
        }
    }

    private static Set<String> keys(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
