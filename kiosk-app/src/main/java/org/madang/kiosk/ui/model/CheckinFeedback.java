package org.madang.kiosk.ui.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The check-in screen's outcome panel.
 *
 * @param kind what happened
 * @param headline the big line ("참여 확인되었습니다")
 * @param detail the sentence under it: points, the earlier time, or the reason and what to do
 */
public record CheckinFeedback(FeedbackKind kind, Optional<Message> headline, Optional<Message> detail) {

    /** Waiting for the next scan. */
    public static final CheckinFeedback READY = new CheckinFeedback(FeedbackKind.READY, Optional.empty(), Optional.empty());
    /** A scan is being processed. */
    public static final CheckinFeedback WORKING = new CheckinFeedback(FeedbackKind.WORKING,
            Optional.of(Message.of("checkin.working")), Optional.empty());

    public CheckinFeedback {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(detail, "detail");
    }

    static CheckinFeedback of(FeedbackKind kind, Message headline, Message detail) {
        return new CheckinFeedback(kind, Optional.of(headline), Optional.of(detail));
    }
}
