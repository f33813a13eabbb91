package org.madang.kiosk.survey;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.madang.journal.JournalException;
import org.madang.journal.JournalReader;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.JournalScan;

/**
 * Which members have claimed which survey's points: the journal's {@code survey.points} records
 * folded into a set, so that a second claim is refused without a disk read. Rebuilt from the
 * journal at every start; not thread-safe (the desk serialises access).
 */
public final class SurveyPointsLedger {

    private final Map<String, Set<String>> membersBySurvey = new HashMap<>();
    private long count;

    /** An empty ledger (a new journal). */
    public SurveyPointsLedger() {
    }

    /** Reads every {@code survey.points} record of the journal, in batches. */
    public static SurveyPointsLedger rebuild(JournalReader journal) throws JournalException {
        SurveyPointsLedger ledger = new SurveyPointsLedger();
        JournalScan.forEach(journal, record -> {
            if (record.kind().equals(RecordKind.SURVEY_POINTS)) {
                ledger.addRecord(record);
            }
        });
        return ledger;
    }

    private void addRecord(JournalRecord record) {
        JsonNode body = record.body().tree();
        JsonNode survey = body.get("survey");
        JsonNode member = body.get("member");
        if (survey == null || !survey.isTextual() || member == null || !member.isTextual()) {
            // Ignoring it could let a member claim twice: fail loudly instead.
            throw new IllegalStateException("survey.points record " + record.seq()
                    + " cannot be read: expected text fields survey and member, got " + body);
        }
        add(survey.textValue(), member.textValue());
    }

    /** Whether {@code member} has claimed the points of {@code surveyId}. */
    public boolean claimed(String surveyId, String member) {
        return membersBySurvey.getOrDefault(surveyId, Set.of()).contains(member);
    }

    /** Adds a durably recorded claim. */
    public void add(String surveyId, String member) {
        if (membersBySurvey.computeIfAbsent(surveyId, id -> new HashSet<>()).add(member)) {
            count++;
        }
    }

    /** How many claims it holds. */
    public long size() {
        return count;
    }
}
