package org.madang.kiosk.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.madang.device.profile.Language;
import org.madang.device.token.TokenRejection;
import org.madang.kiosk.checkin.CheckinRefusal;
import org.madang.kiosk.ui.model.OutcomeMessages;
import org.madang.kiosk.ui.port.SyncState;

class MessagesTest {

    private final Texts texts = new Texts();

    @Test
    void koreanAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_ko.properties").stringPropertyNames())
                .isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @EnumSource(org.madang.sync.api.tls.PinnedCaException.Code.class)
    void everyReasonAPinnedCaFileCannotBeUsedHasASetUpSentenceInBothLanguages(
            org.madang.sync.api.tls.PinnedCaException.Code code) {
        for (Language language : Language.values()) {
            assertThat(texts.has(language, "setup.check.network.ca." + code.name())).as(language + " " + code).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(CheckinRefusal.class)
    void everyCheckinRefusalHasASentenceInBothLanguages(CheckinRefusal refusal) {
        for (Language language : Language.values()) {
            assertThat(texts.has(language, OutcomeMessages.refusalKey(refusal))).as(language + " " + refusal).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TokenRejection.class)
    void everyTokenRejectionHasASentenceInBothLanguages(TokenRejection rejection) {
        for (Language language : Language.values()) {
            assertThat(texts.has(language, rejection.messageKey())).as(language + " " + rejection).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(SyncState.class)
    void everySyncStateHasAName(SyncState state) {
        for (Language language : Language.values()) {
            assertThat(texts.has(language, "staff.sync." + state.name().toLowerCase(java.util.Locale.ROOT))).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(org.madang.device.content.CheckinLimit.class)
    void everyCheckinLimitHasADuplicateSentence(org.madang.device.content.CheckinLimit limit) {
        for (Language language : Language.values()) {
            assertThat(texts.has(language, OutcomeMessages.duplicateKey(limit))).isTrue();
        }
    }

    @Test
    void theDuplicateSentenceGivesTheTimeAsHoursAndMinutes() {
        assertThat(texts.get(Language.KO, "checkin.duplicate.detail.once-per-event", LocalTime.of(10, 32, 59)))
                .startsWith("이미 10:32에 참여 확인되었습니다");
        assertThat(texts.get(Language.EN, "checkin.duplicate.detail.once-per-day", LocalTime.of(10, 32, 59)))
                .startsWith("You already checked in at 10:32");
    }

    @Test
    void pointsAndDatesAreWrittenTheLanguagesOwnWay() {
        assertThat(texts.get(Language.KO, "checkin.accepted.points", 1000)).startsWith("1,000포인트 적립 예정");
        assertThat(texts.get(Language.EN, "checkin.event.date", LocalDate.of(2026, 11, 22))).isEqualTo("November 22, 2026");
        assertThat(texts.get(Language.KO, "checkin.event.date", LocalDate.of(2026, 11, 22))).isEqualTo("2026년 11월 22일");
    }

    @Test
    void theLanguageButtonShowsTheOtherLanguageInItsOwnScript() {
        assertThat(texts.get(Language.KO, "language.switch")).isEqualTo("English");
        assertThat(texts.get(Language.EN, "language.switch")).isEqualTo("한국어");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/madang/kiosk/ui/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
