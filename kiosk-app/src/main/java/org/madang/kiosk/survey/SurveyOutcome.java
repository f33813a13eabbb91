package org.madang.kiosk.survey;

import java.util.Objects;

/** What happened when a respondent submitted. */
public sealed interface SurveyOutcome {

    /**
     * The response is durably deposited (and the points record appended with it, when claimed).
     *
     * @param points points credited once the central has the record; 0 when none were claimed
     */
    record Recorded(int points) implements SurveyOutcome {
    }

    /**
     * This member already claimed this survey's points; nothing was recorded. The respondent may
     * still submit without points.
     */
    record AlreadyClaimed() implements SurveyOutcome {
    }

    /** Nothing was recorded. */
    record Refused(Reason reason) implements SurveyOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a submission was refused. */
    enum Reason {
        /** The survey closed (or is no longer published) while it was being answered. */
        CLOSED,
        /** Required questions are unanswered, or the consent was not given. */
        INCOMPLETE,
        /** An identified survey needs the member's QR code. */
        MEMBER_NEEDED,
        /** The journal could not record it; the respondent may try again. */
        NOT_RECORDED
    }
}
