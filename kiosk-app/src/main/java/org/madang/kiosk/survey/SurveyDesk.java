package org.madang.kiosk.survey;

import java.util.List;
import java.util.Optional;
import org.madang.device.content.survey.Survey;
import org.madang.device.token.MemberToken;

/** Takes finished surveys: the surveys on offer and the durable, unlinkable submission of a response. */
public interface SurveyDesk {

    /** A desk with no surveys (a device or demo without them): the welcome screen offers none. */
    SurveyDesk NONE = new SurveyDesk() {
        @Override
        public List<Survey> surveys() {
            return List.of();
        }

        @Override
        public SurveyOutcome submit(SurveyRun run, Optional<MemberToken> claim) {
            return new SurveyOutcome.Refused(SurveyOutcome.Reason.CLOSED);
        }
    };

    /** Every survey published to this device, open or not. */
    List<Survey> surveys();

    /**
     * Records a complete run. Returns only after a durable deposit (or a refusal). Slow (a
     * durable SQLite commit): never call it on the UI thread.
     *
     * @param claim the member whose QR was scanned to claim the survey's points (or, for an
     *     identified survey, to identify the response); empty to submit anonymously without points
     */
    SurveyOutcome submit(SurveyRun run, Optional<MemberToken> claim);
}
