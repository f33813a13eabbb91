package org.madang.kiosk.ui.text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.profile.Language;

/**
 * When the terminal last synced, as staff read it: the time in Korea (HH:mm; "어제 HH:mm"; the
 * date before it when older) and how long ago in words ("3분 전" / "3 min ago"), both from the
 * bundles. The age is counted from the caller's clock, so the text moves on while staff watch.
 * Spaces inside the time and inside the age are {@link #NO_BREAK no-break spaces}.
 */
public final class LastSyncText {

    /** Times are shown as staff read them: Korea's time, whatever the device's zone. */
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /**
     * How far in the future a stored time may lie and still read "just now": the agent and the
     * kiosk read the same wall clock, but not at the same instant.
     */
    static final Duration SKEW = Duration.ofMinutes(1);

    /** The space inside the time and inside the age, so that neither is split over two lines. */
    public static final char NO_BREAK = '\u00a0';

    private final Texts texts;

    public LastSyncText(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /**
     * "09:58 (2분 전)", "어제 18:00 (16시간 전)", "11월 3일 09:58 (19일 전)" or "동기화한 적 없음"; a time
     * later than {@code now} (the clock went back, or is wrong) asks to check the clock.
     */
    public String describe(Language language, Optional<Instant> lastSync, Instant now) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(now, "now");
        if (lastSync.isEmpty()) {
            return texts.get(language, "staff.sync.last.never");
        }
        Instant last = lastSync.get();
        // A line may break between the time and the age, never inside either ("(2 / min ago)").
        return texts.get(language, "staff.sync.last", unbroken(when(language, last, now)),
                unbroken(age(language, last, now)));
    }

    private static String unbroken(String words) {
        return words.replace(' ', NO_BREAK);
    }

    private String when(Language language, Instant last, Instant now) {
        ZonedDateTime at = last.atZone(SEOUL);
        LocalDate today = now.atZone(SEOUL).toLocalDate();
        LocalDate day = at.toLocalDate();
        if (day.equals(today)) {
            return texts.get(language, "staff.sync.last.today", at.toLocalTime());
        }
        if (day.equals(today.minusDays(1))) {
            return texts.get(language, "staff.sync.last.yesterday", at.toLocalTime());
        }
        String pattern = texts.get(language, day.getYear() == today.getYear()
                ? "staff.sync.last.date-pattern" : "staff.sync.last.year-pattern");
        String date = DateTimeFormatter.ofPattern(pattern, language.locale()).format(day);
        return texts.get(language, "staff.sync.last.on", date, at.toLocalTime());
    }

    private String age(Language language, Instant last, Instant now) {
        Duration age = Duration.between(last, now);
        if (age.compareTo(SKEW.negated()) < 0) {
            return texts.get(language, "staff.sync.last.ahead");
        }
        if (age.compareTo(Duration.ofMinutes(1)) < 0) {
            return texts.get(language, "staff.sync.last.now");
        }
        if (age.compareTo(Duration.ofHours(1)) < 0) {
            return texts.get(language, "staff.sync.last.minutes", age.toMinutes());
        }
        if (age.compareTo(Duration.ofDays(1)) < 0) {
            long hours = age.toHours();
            return texts.get(language, hours == 1 ? "staff.sync.last.hour" : "staff.sync.last.hours", hours);
        }
        long days = age.toDays();
        return texts.get(language, days == 1 ? "staff.sync.last.day" : "staff.sync.last.days", days);
    }
}
