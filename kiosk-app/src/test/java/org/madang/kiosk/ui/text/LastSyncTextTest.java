package org.madang.kiosk.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.madang.device.profile.Language;

class LastSyncTextTest {

    /** 2026-11-22 10:00 in Seoul (01:00 UTC). */
    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

    private final LastSyncText text = new LastSyncText(new Texts());

    // Compared with plain spaces for readability; the no-break spaces have their own test.
    private String ko(Instant last) {
        return plain(text.describe(Language.KO, Optional.of(last), NOW));
    }

    private String en(Instant last) {
        return plain(text.describe(Language.EN, Optional.of(last), NOW));
    }

    private static String plain(String shown) {
        return shown.replace(LastSyncText.NO_BREAK, ' ');
    }

    @Test
    void aLineBreaksOnlyBetweenTheTimeAndTheAge() {
        assertThat(text.describe(Language.EN, Optional.of(Instant.parse("2025-12-31T14:30:00Z")), NOW))
                .isEqualTo("31\u00a0Dec\u00a02025\u00a023:30 (325\u00a0days\u00a0ago)");
        assertThat(text.describe(Language.KO, Optional.of(NOW.minusSeconds(200)), NOW))
                .isEqualTo("09:56 (3분\u00a0전)");
    }

    @Test
    void todayShowsSeoulTimeAndMinutesAgo() {
        Instant last = NOW.minus(Duration.ofMinutes(3)).minusSeconds(59);
        assertThat(ko(last)).isEqualTo("09:56 (3분 전)");
        assertThat(en(last)).isEqualTo("09:56 (3 min ago)");
    }

    @Test
    void underAMinuteIsJustNow() {
        assertThat(ko(NOW.minusSeconds(59))).isEqualTo("09:59 (방금)");
        assertThat(en(NOW)).isEqualTo("10:00 (just now)");
    }

    @Test
    void hoursAgoTodaySaysHoursWithTheRightEnglishNumber() {
        assertThat(ko(NOW.minus(Duration.ofMinutes(61)))).isEqualTo("08:59 (1시간 전)");
        assertThat(en(NOW.minus(Duration.ofMinutes(61)))).isEqualTo("08:59 (1 hour ago)");
        assertThat(en(NOW.minus(Duration.ofHours(9)))).isEqualTo("01:00 (9 hours ago)");
    }

    @Test
    void theDayChangesAtMidnightInSeoulNotUtc() {
        // 2026-11-21 23:30 in Seoul is the same UTC day as NOW, but yesterday for staff in Korea.
        Instant lateLastNight = Instant.parse("2026-11-21T14:30:00Z");
        assertThat(ko(lateLastNight)).isEqualTo("어제 23:30 (10시간 전)");
        assertThat(en(lateLastNight)).isEqualTo("yesterday 23:30 (10 hours ago)");
    }

    @Test
    void yesterdayMoreThanADayAgoCountsDays() {
        Instant last = Instant.parse("2026-11-20T16:00:00Z"); // 2026-11-21 01:00 Seoul
        assertThat(ko(last)).isEqualTo("어제 01:00 (1일 전)");
        assertThat(en(last)).isEqualTo("yesterday 01:00 (1 day ago)");
    }

    @Test
    void longAgoShowsTheDateAndDays() {
        Instant last = Instant.parse("2026-11-03T05:07:00Z"); // 2026-11-03 14:07 Seoul
        assertThat(ko(last)).isEqualTo("11월 3일 14:07 (18일 전)");
        assertThat(en(last)).isEqualTo("3 Nov 14:07 (18 days ago)");
    }

    @Test
    void anotherYearShowsTheYearToo() {
        Instant last = Instant.parse("2025-12-31T15:30:00Z"); // 2026-01-01 00:30 Seoul is this year
        assertThat(ko(last)).isEqualTo("1월 1일 00:30 (325일 전)");
        Instant lastYear = Instant.parse("2025-12-31T14:30:00Z"); // 2025-12-31 23:30 Seoul
        assertThat(ko(lastYear)).isEqualTo("2025년 12월 31일 23:30 (325일 전)");
        assertThat(en(lastYear)).isEqualTo("31 Dec 2025 23:30 (325 days ago)");
    }

    @Test
    void neverSyncedSaysSo() {
        assertThat(text.describe(Language.KO, Optional.empty(), NOW)).isEqualTo("동기화한 적 없음");
        assertThat(text.describe(Language.EN, Optional.empty(), NOW)).isEqualTo("never synced");
    }

    @Test
    void aStoredTimeAheadOfTheClockAsksToCheckTheClockInsteadOfANegativeAge() {
        Instant ahead = NOW.plus(Duration.ofMinutes(5));
        assertThat(ko(ahead)).isEqualTo("10:05 (시계 확인)");
        assertThat(en(ahead)).isEqualTo("10:05 (check the clock)");
        // A clock set back a day: the stored time is tomorrow, so its date shows.
        assertThat(en(NOW.plus(Duration.ofDays(1)))).isEqualTo("23 Nov 10:00 (check the clock)");
    }

    @Test
    void aFewSecondsAheadIsOnlyTheTwoReadsApartAndReadsJustNow() {
        assertThat(ko(NOW.plusSeconds(30))).isEqualTo("10:00 (방금)");
    }

    @Test
    void manyDaysAreWrittenWithTheLanguagesDigitGrouping() {
        Instant last = Instant.parse("2023-01-01T01:00:00Z");
        assertThat(en(last)).isEqualTo("1 Jan 2023 10:00 (1,421 days ago)");
    }
}
