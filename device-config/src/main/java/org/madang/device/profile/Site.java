package org.madang.device.profile;

import java.util.Objects;

/**
 * Where the device stands: one administrative dong (행정동) and its community centre.
 *
 * @param dongCode the 10-digit administrative dong code (행정동코드), e.g. 1114055000 (서울 중구 명동)
 * @param dongName the dong's name as staff know it, e.g. 명동
 */
public record Site(String dongCode, String dongName) {

    public Site {
        Objects.requireNonNull(dongCode, "dongCode");
        Objects.requireNonNull(dongName, "dongName");
    }
}
