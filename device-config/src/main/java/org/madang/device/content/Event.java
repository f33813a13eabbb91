package org.madang.device.content;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An event where members check in to earn participation points (소통포인트), as published by the
 * central in the signed content bundle. Validated when the bundle is read.
 *
 * @param id stable id, e.g. {@code 2026-myeongdong-cleanup}
 * @param titleKo Korean title, shown first
 * @param titleEn English title
 * @param siteCode the 10-digit administrative dong code where it takes place, or empty for any site
 * @param start first instant check-in is open (inclusive)
 * @param end instant check-in closes (exclusive)
 * @param points points credited per check-in, 100 to 10,000
 * @param limit once per event or once per day
 */
public record Event(String id, String titleKo, String titleEn, Optional<String> siteCode, Instant start, Instant end,
        int points, CheckinLimit limit) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKo, "titleKo");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(limit, "limit");
    }

    /** Whether check-in is open at {@code now}: start inclusive, end exclusive. */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(start) && now.isBefore(end);
    }
}
