package org.madang.device.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DongCodeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "VALID", value = {
        "1114055000, VALID",
        "2920061000, VALID",
        "5111052000, VALID",
        "111405500, FORMAT",
        "11140550000, FORMAT",
        "11140A5000, FORMAT",
        "１１14055000, FORMAT",
        "9914055000, UNKNOWN_PROVINCE",
        "1114000000, GU_LEVEL",
        "1114055012, NOT_DONG_LEVEL"
    })
    void reportsTheFirstRuleACodeBreaks(String code, DongCode.Violation expected) {
        assertThat(DongCode.check(code)).isEqualTo(Optional.ofNullable(expected));
        assertThat(DongCode.isValid(code)).isEqualTo(expected == null);
    }
}
