package org.madang.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.madang.device.profile.Language;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The kiosk's --help is read by staff on the device: every line from the bundles, in both languages. */
class KioskHelpTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCommandAndOptionIsDescribedInItsOwnWords(Language language) {
        CommandLine root = KioskCommand.commandLine(language);
        String rootDescription = String.join(" ", root.getCommandSpec().usageMessage().description());
        assertThat(rootDescription).isNotBlank();
        for (CommandLine command : root.getSubcommands().values()) {
            CommandSpec spec = command.getCommandSpec();
            String description = String.join(" ", spec.usageMessage().description());
            // picocli falls back to the root's text when a subcommand's key is missing.
            assertThat(description).as(spec.qualifiedName()).isNotBlank().isNotEqualTo(rootDescription);
            for (OptionSpec option : spec.options()) {
                assertThat(String.join(" ", option.description())).as(spec.qualifiedName() + " " + option.longestName())
                        .isNotBlank();
            }
            if (language == Language.KO) {
                assertThat(command.getUsageMessage()).as(spec.qualifiedName()).contains("사용법:", "옵션:");
            }
        }
    }

    @Test
    void theKoreanAndEnglishHelpHaveTheSameKeys() throws Exception {
        // The files themselves: a ResourceBundle's keys include its parent's, so a missing Korean
        // key would not show.
        Properties en = properties("/org/madang/kiosk/help.properties");
        Properties ko = properties("/org/madang/kiosk/help_ko.properties");

        assertThat(new TreeSet<>(ko.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(ko.getProperty("run.scanner")).contains("스캐너");
    }

    private static Properties properties(String resource) throws Exception {
        Properties properties = new Properties();
        try (var in = KioskHelpTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
