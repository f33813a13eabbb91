package org.madang.kiosk.survey;

import java.util.List;
import org.madang.device.content.survey.Survey;

/** What the survey desk needs from the device's content: the published surveys and the member pseudonym. */
public interface SurveyContent {

    /** Every survey the content publishes, in its order (open or not). */
    List<Survey> surveys();

    /** The member's pseudonym for records: the same member always gives the same text on this device. */
    String pseudonymOf(String memberId);
}
