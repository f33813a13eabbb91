package org.madang.device.profile;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 10-digit administrative dong code (행정동코드) of the Ministry of the Interior and Safety:
 * 2 digits 시도, 3 digits 시군구, 3 digits 읍면동, 2 digits 리. A place where people live or a
 * terminal stands is a dong, so the 읍면동 part must be set and the 리 part must be 00. Used for
 * the device's site, events' sites and members' residence alike.
 */
public final class DongCode {

    /** 서울특별시 중구 명동: the example every message shows. */
    public static final String EXAMPLE = "1114055000";

    /**
     * The 시도 codes in use, including both the old and the new codes of 강원 (42, 51) and 전북
     * (45, 52), which were renamed 특별자치도 in 2023 and 2024: registers still carry both.
     */
    public static final List<String> PROVINCES = List.of("11", "26", "27", "28", "29", "30", "31", "36", "41", "42",
            "43", "44", "45", "46", "47", "48", "50", "51", "52");

    // ASCII digits only: \d would let a full-width ０ through with UNICODE_CHARACTER_CLASS.
    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");

    /** The first rule a code breaks. */
    public enum Violation {
        /** Not exactly 10 ASCII digits. */
        FORMAT,
        /** The first two digits are no 시도. */
        UNKNOWN_PROVINCE,
        /** The 읍면동 part is 000: a 시군구, not a dong. */
        GU_LEVEL,
        /** The 리 part is not 00. */
        NOT_DONG_LEVEL
    }

    private DongCode() {
    }

    /** The first rule {@code code} breaks, or empty when it is a valid dong code. */
    public static Optional<Violation> check(String code) {
        if (code == null || !TEN_DIGITS.matcher(code).matches()) {
            return Optional.of(Violation.FORMAT);
        } else if (!PROVINCES.contains(code.substring(0, 2))) {
            return Optional.of(Violation.UNKNOWN_PROVINCE);
        } else if (code.substring(5, 8).equals("000")) {
            return Optional.of(Violation.GU_LEVEL);
        } else if (!code.endsWith("00")) {
            return Optional.of(Violation.NOT_DONG_LEVEL);
        }
        return Optional.empty();
    }

    /** Whether {@code code} is a valid dong code. */
    public static boolean isValid(String code) {
        return check(code).isEmpty();
    }
}
