package org.madang.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.madang.device.keys.DeviceKeyException;
import org.madang.device.pin.PinRejection;
import org.madang.device.profile.Language;
import org.madang.device.profile.ProfileProblem;
import org.madang.journal.JournalException;
import org.madang.journal.chain.ChainBreak;
import org.madang.sync.api.tls.PinnedCaException;

class MessagesTest {

    @Test
    void koreanAndEnglishHaveTheSameKeys() {
        assertThat(keys(Language.KO)).isEqualTo(keys(Language.EN));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCodeTheLayersBelowCanReportHasText(Language language) {
        Set<String> keys = keys(language);
        List<String> needed = new ArrayList<>();
        for (ProfileProblem.Code code : ProfileProblem.Code.values()) {
            needed.add("problem." + code.name());
        }
        for (PinRejection rejection : PinRejection.values()) {
            needed.add("error.pin." + rejection.name());
        }
        for (DeviceKeyException.Problem problem : DeviceKeyException.Problem.values()) {
            needed.add("error.key." + problem.name());
        }
        for (JournalException.Failure failure : JournalException.Failure.values()) {
            needed.add("error.journal." + failure.name());
        }
        for (ChainBreak.Reason reason : ChainBreak.Reason.values()) {
            needed.add("journal-verify.reason." + reason.name());
        }
        for (PinnedCaException.Code code : PinnedCaException.Code.values()) {
            needed.add("error.ca." + code.name());
        }
        assertThat(keys).containsAll(needed);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyMessagePatternParsesAndDoublesItsApostrophes(Language language) {
        ResourceBundle bundle = Messages.bundle(language);
        for (String key : keys(language)) {
            if (isPicocliText(key)) {
                continue;
            }
            String pattern = bundle.getString(key);
            assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
            new MessageFormat(pattern);
        }
    }

    @Test
    void problemTextsNameFieldValueAndFix() {
        Messages english = Messages.of(Language.EN);
        Messages korean = Messages.of(Language.KO);
        for (ProfileProblem.Code code : ProfileProblem.Code.values()) {
            ProfileProblem problem = new ProfileProblem("site.dongCode", "VALUE", code, List.of("A", "B", "C", "D", "E"));
            String en = ProblemText.of(problem, java.util.Map.of()).render(english);
            String ko = ProblemText.of(problem, java.util.Map.of()).render(korean);
            assertThat(en).as(code.name()).contains("site.dongCode", "Fix:");
            assertThat(ko).as(code.name()).contains("site.dongCode", "해결:");
            if (!Set.of(ProfileProblem.Code.MISSING, ProfileProblem.Code.MALFORMED_JSON, ProfileProblem.Code.BLANK,
                    ProfileProblem.Code.EMPTY_LIST)
                    .contains(code)) {
                assertThat(en).as(code.name()).contains("VALUE");
                assertThat(ko).as(code.name()).contains("VALUE");
            }
        }
    }

    private static boolean isPicocliText(String key) {
        return key.startsWith("usage.") || key.startsWith("device-config.") || key.startsWith("mixinStandardHelpOptions.")
                || Set.of("lang", "data-dir", "json").contains(key);
    }

    private static Set<String> keys(Language language) {
        ResourceBundle bundle = Messages.bundle(language);
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }
}
