package org.madang.kiosk.survey;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.madang.device.content.survey.Survey;
import org.madang.device.token.MemberToken;
import org.madang.journal.Journal;
import org.madang.journal.JournalException;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.SecretDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Survey responses into the journal's ballot box (docs/decisions/0004): the response is a
 * secret ({@code survey.response}, box {@code survey:<id>}) released only in shuffled batches;
 * a points claim is the identified {@code survey.points} record appended in the same
 * transaction, so the two are stored together durably but cannot be linked.
 *
 * <p>Submissions are serialised: the one-claim-per-member check and the deposit happen under one
 * lock. The ledger changes only after the deposit returned.
 */
public final class JournalSurveyDesk implements SurveyDesk {

    private static final Logger log = LoggerFactory.getLogger(JournalSurveyDesk.class);

    private final Journal journal;
    private final SurveyContent content;
    private final Clock clock;
    private final SurveyPointsLedger ledger;
    private final ReentrantLock lock = new ReentrantLock();

    /** @param ledger the claims already in {@code journal} ({@link SurveyPointsLedger#rebuild}) */
    public JournalSurveyDesk(Journal journal, SurveyContent content, Clock clock, SurveyPointsLedger ledger) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.content = Objects.requireNonNull(content, "content");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** A desk whose ledger is rebuilt from the journal's existing points claims. */
    public static JournalSurveyDesk open(Journal journal, SurveyContent content, Clock clock) throws JournalException {
        SurveyPointsLedger ledger = SurveyPointsLedger.rebuild(journal);
        log.info("survey points ledger rebuilt: {} claims", ledger.size());
        return new JournalSurveyDesk(journal, content, clock, ledger);
    }

    /** The box a survey's responses wait in. */
    public static String boxOf(String surveyId) {
        return "survey:" + surveyId;
    }

    @Override
    public List<Survey> surveys() {
        return content.surveys();
    }

    @Override
    public SurveyOutcome submit(SurveyRun run, Optional<MemberToken> claim) {
        lock.lock();
        try {
            return decide(run, claim);
        } finally {
            lock.unlock();
        }
    }

    private SurveyOutcome decide(SurveyRun run, Optional<MemberToken> claim) {
        Survey survey = run.survey();
        boolean published = content.surveys().stream().anyMatch(s -> s.id().equals(survey.id()));
        if (!published || !survey.isOpenAt(clock.instant())) {
            return refused(SurveyOutcome.Reason.CLOSED);
        }
        if (!run.complete()) {
            return refused(SurveyOutcome.Reason.INCOMPLETE);
        }
        if (survey.identified() && claim.isEmpty()) {
            return refused(SurveyOutcome.Reason.MEMBER_NEEDED);
        }
        Optional<String> member = claim.map(token -> content.pseudonymOf(token.memberId()));
        boolean points = member.isPresent() && survey.points() > 0;
        if (points && ledger.claimed(survey.id(), member.get())) {
            return new SurveyOutcome.AlreadyClaimed();
        }
        SecretDraft response = new SecretDraft(boxOf(survey.id()), RecordKind.SURVEY_RESPONSE,
                run.responseBody(survey.identified() ? member : Optional.empty()));
        RecordDraft pointsRecord = null;
        if (points) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("survey", survey.id());
            body.put("member", member.get());
            body.put("points", survey.points());
            pointsRecord = RecordDraft.of(RecordKind.SURVEY_POINTS, body);
        }
        try {
            journal.deposit(pointsRecord, response);
        } catch (JournalException e) {
            log.error("survey {} response NOT recorded ({}): {}", survey.id(), e.failure(), e.getMessage(), e);
            return refused(SurveyOutcome.Reason.NOT_RECORDED);
        }
        if (points) {
            ledger.add(survey.id(), member.get());
        }
        return new SurveyOutcome.Recorded(points ? survey.points() : 0);
    }

    private static SurveyOutcome refused(SurveyOutcome.Reason reason) {
        return new SurveyOutcome.Refused(reason);
    }
}
