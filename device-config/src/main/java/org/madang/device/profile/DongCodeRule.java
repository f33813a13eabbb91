package org.madang.device.profile;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The 10-digit administrative dong code (행정동코드) of the Ministry of the Interior and Safety:
 * 2 digits 시도, 3 digits 시군구, 3 digits 읍면동, 2 digits 리. A device stands in a dong, so the
 * 읍면동 part must be set and the 리 part must be 00.
 */
final class DongCodeRule {

    /** 서울특별시 중구 명동: the example every message shows. */
    static final String EXAMPLE = "1114055000";

    /**
     * The 시도 codes in use, including both the old and the new codes of 강원 (42, 51) and 전북
     * (45, 52), which were renamed 특별자치도 in 2023 and 2024: registers still carry both.
     */
    static final List<String> PROVINCES = List.of("11", "26", "27", "28", "29", "30", "31", "36", "41", "42", "43",
            "44", "45", "46", "47", "48", "50", "51", "52");

    // ASCII digits only: \d would let a full-width ０ through with UNICODE_CHARACTER_CLASS.
    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");

    private DongCodeRule() {
    }

    /** Adds at most one problem: the first rule the code breaks. */
    static void check(String field, String code, ProblemList problems) {
        if (!TEN_DIGITS.matcher(code).matches()) {
            problems.add(field, code, ProfileProblem.Code.DONG_CODE_FORMAT, EXAMPLE);
        } else if (!PROVINCES.contains(code.substring(0, 2))) {
            problems.add(field, code, ProfileProblem.Code.DONG_CODE_UNKNOWN_PROVINCE, code.substring(0, 2),
                    String.join(", ", PROVINCES), EXAMPLE);
        } else if (code.substring(5, 8).equals("000")) {
            problems.add(field, code, ProfileProblem.Code.DONG_CODE_GU_LEVEL, EXAMPLE);
        } else if (!code.endsWith("00")) {
            problems.add(field, code, ProfileProblem.Code.DONG_CODE_NOT_DONG_LEVEL, EXAMPLE);
        }
    }
}
