package org.madang.device.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest(name = "LC_ALL={0} LANG={1} -> {2}")
    @CsvSource(nullValues = "-", value = {
        "-,           en_US.UTF-8, EN",
        "-,           ko_KR.UTF-8, KO",
        "en_GB.UTF-8, ko_KR.UTF-8, EN",
        "ko_KR.UTF-8, en_US.UTF-8, KO",
        "'',          en_US.UTF-8, EN",
        "-,           EN_us,       EN",
        "C.UTF-8,     en_US.UTF-8, KO",
        "-,           C,           KO",
    })
    void lcAllOverridesLangAndOnlyEnglishLocalesChooseEnglish(String lcAll, String lang, Language expected) {
        Map<String, String> variables = new HashMap<>();
        if (lcAll != null) {
            variables.put("LC_ALL", lcAll);
        }
        variables.put("LANG", lang);

        assertThat(Language.fromEnvironment(variables)).isEqualTo(expected);
    }

    @Test
    void koreanWhenNoLocaleIsSet() {
        assertThat(Language.fromEnvironment(Map.of())).isEqualTo(Language.KO);
    }
}
