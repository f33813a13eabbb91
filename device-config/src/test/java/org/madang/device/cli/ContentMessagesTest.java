package org.madang.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.madang.device.content.ContentProblem;
import org.madang.device.profile.Language;

class ContentMessagesTest {

    @ParameterizedTest
    @EnumSource(ContentProblem.Code.class)
    void everyContentProblemNamesFieldAndFixInBothLanguages(ContentProblem.Code code) {
        ContentProblem problem = new ContentProblem("events[0].points", "VALUE", code, List.of("A", "B", "C", "D", "E"));

        String en = ContentFailures.text(problem).render(Messages.of(Language.EN));
        String ko = ContentFailures.text(problem).render(Messages.of(Language.KO));

        assertThat(en).contains("events[0].points", "Fix:");
        assertThat(ko).contains("events[0].points", "해결:");
        if (code != ContentProblem.Code.MISSING && code != ContentProblem.Code.BLANK && code != ContentProblem.Code.NOT_A_JWS
                && code != ContentProblem.Code.KEY_ID_MISSING && code != ContentProblem.Code.SIGNATURE_INVALID
                && code != ContentProblem.Code.MALFORMED_JSON) {
            assertThat(en).contains("VALUE");
            assertThat(ko).contains("VALUE");
        }
    }
}
