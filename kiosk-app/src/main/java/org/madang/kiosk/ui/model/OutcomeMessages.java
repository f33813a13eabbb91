package org.madang.kiosk.ui.model;

import java.time.ZoneId;
import java.util.Locale;
import org.madang.device.content.CheckinLimit;
import org.madang.kiosk.checkin.CheckinOutcome;
import org.madang.kiosk.checkin.CheckinRefusal;
import org.madang.kiosk.hardware.BuzzerPattern;

/**
 * Turns a check-in outcome into what the person sees and hears. Never puts the member's id or
 * birth year on screen: the outcome does not carry them, and nothing here may add them.
 */
public final class OutcomeMessages {

    /** Times are shown as residents read them: Korea's time, whatever the device's zone. */
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private OutcomeMessages() {
    }

    /** The panel for {@code outcome}. */
    public static CheckinFeedback feedback(CheckinOutcome outcome) {
        return switch (outcome) {
            case CheckinOutcome.Accepted accepted -> CheckinFeedback.of(FeedbackKind.ACCEPTED,
                    Message.of("checkin.accepted.title"), Message.of("checkin.accepted.points", accepted.points()));
            case CheckinOutcome.Duplicate duplicate -> CheckinFeedback.of(FeedbackKind.DUPLICATE,
                    Message.of("checkin.duplicate.title"),
                    Message.of(duplicateKey(duplicate.event().limit()), duplicate.firstAt().atZone(SEOUL).toLocalTime()));
            case CheckinOutcome.Rejected rejected -> CheckinFeedback.of(FeedbackKind.REFUSED,
                    Message.of("checkin.refused.title"), Message.of(refusalKey(rejected)));
        };
    }

    /** The bundle key of the duplicate sentence, which says how often points are given. */
    public static String duplicateKey(CheckinLimit limit) {
        return "checkin.duplicate.detail." + limit.contentName();
    }

    /** The sound for {@code outcome}. */
    public static BuzzerPattern tone(CheckinOutcome outcome) {
        return switch (outcome) {
            case CheckinOutcome.Accepted accepted -> BuzzerPattern.SUCCESS;
            case CheckinOutcome.Duplicate duplicate -> BuzzerPattern.DUPLICATE;
            case CheckinOutcome.Rejected rejected -> BuzzerPattern.FAILURE;
        };
    }

    /** The bundle key of a refusal's sentence: the token's own reason when the token was refused. */
    static String refusalKey(CheckinOutcome.Rejected rejected) {
        if (rejected.reason() == CheckinRefusal.TOKEN_REJECTED && rejected.tokenReason().isPresent()) {
            return rejected.tokenReason().get().messageKey();
        }
        return refusalKey(rejected.reason());
    }

    /** The bundle key of a check-in refusal's sentence. */
    public static String refusalKey(CheckinRefusal refusal) {
        return "checkin.refused." + refusal.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
