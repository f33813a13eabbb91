package org.madang.device.content.survey;

import java.util.Objects;
import org.madang.device.content.Localized;

/**
 * The consent to collect personal data (개인정보 수집·이용 동의) a survey asks before its first
 * question; declining ends the survey politely and records nothing.
 *
 * @param collected what is collected (수집 항목)
 * @param purpose why (수집·이용 목적)
 * @param retention how long it is kept (보유·이용 기간)
 */
public record Consent(Localized collected, Localized purpose, Localized retention) {

    public Consent {
        Objects.requireNonNull(collected, "collected");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(retention, "retention");
    }
}
