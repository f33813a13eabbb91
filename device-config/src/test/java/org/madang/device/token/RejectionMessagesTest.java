package org.madang.device.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RejectionMessagesTest {

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.madang.device.token.rejections", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @ParameterizedTest
    @EnumSource(TokenRejection.class)
    void everyReasonHasASentenceInKoreanAndEnglish(TokenRejection reason) {
        String korean = bundle(Locale.KOREAN).getString(reason.messageKey());
        String english = bundle(Locale.ROOT).getString(reason.messageKey());

        assertThat(korean).isNotBlank().isNotEqualTo(english).containsPattern("[가-힣]");
        assertThat(english).isNotBlank().doesNotContainPattern("[가-힣]");
    }
}
