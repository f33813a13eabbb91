package org.madang.central.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.madang.device.profile.Language;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The help comes from the bundles, in the environment's language, with nothing left untranslated. */
class HelpAndLanguageTest {

    private static final Map<String, String> KOREAN = Map.of("LANG", "ko_KR.UTF-8");
    private static final Map<String, String> ENGLISH = Map.of("LANG", "en_US.UTF-8");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCommandOptionAndArgumentHasTextInEachLanguage(Language language) {
        CommandLine root = new CommandLine(new CentralCommand());
        root.setResourceBundle(CentralCommand.helpBundle(language));
        List<String> missing = new ArrayList<>();
        List<String> rootDescription = List.of(root.getCommandSpec().usageMessage().description());
        Stream.concat(Stream.of(root), root.getSubcommands().values().stream()).map(CommandLine::getCommandSpec)
                .forEach(command -> {
                    // A subcommand without its own description key inherits the root's.
                    String[] description = command.usageMessage().description();
                    if (blank(description) || command != root.getCommandSpec()
                            && List.of(description).equals(rootDescription)) {
                        missing.add(command.qualifiedName() + " (description)");
                    }
                    if (blank(command.usageMessage().footer())) {
                        missing.add(command.qualifiedName() + " (exit codes)");
                    }
                    for (ArgSpec arg : args(command)) {
                        if (blank(arg.description())) {
                            missing.add(command.qualifiedName() + " " + arg.paramLabel()
                                    + (arg.isOption() ? " " + ((CommandLine.Model.OptionSpec) arg).longestName() : ""));
                        }
                    }
                });

        assertThat(missing).as("help without text in %s", language).isEmpty();
        assertThat(root.getSubcommands()).hasSize(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "init", "serve", "enroll-code", "publish", "issue-token", "import", "seal-key",
        "import-closing"})
    void helpShowsNoBundleKeyInEitherLanguage(String command) {
        for (Map<String, String> variables : List.of(KOREAN, ENGLISH)) {
            Run run = help(variables, command);

            assertThat(run.status()).isZero();
            // A key missing from both bundles leaves an empty description (the test above), one
            // missing from the Korean bundle shows English (the key set test below); this catches
            // a key written into the text itself.
            assertThat(run.out()).doesNotContain("central-reference.", "usage.", "mixinStandardHelpOptions",
                    "descriptionKey");
            assertThat(run.out()).containsPattern(variables == KOREAN ? "종료 코드:\\R  0  성공" : "Exit codes:\\R  0  OK");
        }
    }

    @Test
    void helpIsInKoreanUnlessTheLocaleAsksForEnglish() {
        Run korean = help(Map.of(), "serve");
        Run english = help(Map.of("LANG", "ko_KR.UTF-8", "LC_ALL", "en_GB.UTF-8"), "serve");

        assertThat(korean.out()).contains("사용법: central-reference serve", "서버를 실행합니다",
                "넘치면 503 + Retry-After", "옵션:")
                .doesNotContain("Uploads processed");
        assertThat(english.out()).contains("Usage: central-reference serve", "Runs the server",
                "more get 503 + Retry-After", "Options:")
                .doesNotContain("동시에");
    }

    @Test
    void rootHelpListsEveryCommandWithItsDescription() {
        Run run = help(ENGLISH, "");

        assertThat(run.out()).contains("The Madang reference central (Sync API v1).", "Creates a central home",
                "Imports a USB export.", "Issues a member, voucher or staff token.");
    }

    @Test
    void errorsStayBilingualWhateverTheLocale() {
        StringWriter err = new StringWriter();
        int status = CentralCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), ENGLISH,
                "serve");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("오류: Missing required options", "error: Missing required options",
                "Usage: central-reference serve");
    }

    @Test
    void koreanBundleHasExactlyTheEnglishKeys() throws IOException {
        Properties english = load("messages.properties");
        Properties korean = load("messages_ko.properties");

        assertThat(korean.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    private record Run(int status, String out) {
    }

    private static Run help(Map<String, String> variables, String command) {
        StringWriter out = new StringWriter();
        String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
        int status = CentralCommand.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), variables, args);
        return new Run(status, out.toString());
    }

    private static List<ArgSpec> args(CommandSpec command) {
        List<ArgSpec> args = new ArrayList<>(command.options());
        args.addAll(command.positionalParameters());
        return args;
    }

    private static boolean blank(String[] text) {
        return text.length == 0 || String.join("", text).isBlank();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HelpAndLanguageTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
