package org.madang.kiosk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.content.survey.Survey;
import org.madang.device.token.MemberToken;
import org.madang.journal.JournalException;
import org.madang.journal.JournalOptions;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.sqlite.SqliteJournal;
import org.madang.journal.testing.MutableClock;
import org.madang.journal.testing.TestKeys;
import org.madang.kiosk.testing.SwitchableJournal;

class SurveyDeskTest {

    private static final Survey PARK = SurveyFixtures.park();
    private static final Survey NAMED = SurveyFixtures.park("2026-junggu-named", 300, true, true);
    private static final Survey NO_POINTS = SurveyFixtures.quick("2026-bus-benches", 0);
    private static final String BOX = "survey:" + PARK.id();

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(SurveyFixtures.NOW);
    private final SurveyContent content = SurveyFixtures.content(PARK, NAMED, NO_POINTS);
    private SwitchableJournal journal;
    private JournalSurveyDesk desk;

    @BeforeEach
    void open() throws JournalException {
        journal = new SwitchableJournal(SqliteJournal.open(new JournalOptions(temp.resolve("journal.db"),
                TestKeys.fixedDeviceKey(), clock.deviceClock(), new SecureRandom(), 10, "survey desk test")));
        desk = JournalSurveyDesk.open(journal, content, clock);
    }

    @AfterEach
    void close() throws JournalException {
        journal.close();
    }

    static MemberToken member(String id) {
        return new MemberToken(id, "1114055000", 1950, "k1", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"));
    }

    private static SurveyRun finished(Survey survey) {
        SurveyRun run = SurveyRun.start(survey);
        if (survey.questions().size() == 1) {
            run.answer(new Answer.YesNo(true));
            run.next();
        } else {
            SurveyRunTest.answerEverything(run);
        }
        return run;
    }

    private List<JournalRecord> records() throws JournalException {
        return journal.readAfter(0, 1000);
    }

    @Test
    void anAnonymousResponseGoesIntoTheBoxAndNothingElseIsWritten() throws Exception {
        assertThat(desk.submit(finished(PARK), Optional.empty())).isEqualTo(new SurveyOutcome.Recorded(0));
        assertThat(journal.pendingInBox(BOX)).isEqualTo(1);
        assertThat(records()).isEmpty();
        assertThat(journal.releaseBox(BOX)).isEqualTo(1);
        JournalRecord response = records().getFirst();
        assertThat(response.kind()).isEqualTo(RecordKind.SURVEY_RESPONSE);
        assertThat(response.body()).isEqualTo(finished(PARK).responseBody(Optional.empty()));
        assertThat(response.body().text()).doesNotContain("member").doesNotContain("p:");
    }

    @Test
    void aClaimAppendsThePointsRecordAtOnceAndTheResponseStaysInTheBox() throws Exception {
        assertThat(desk.submit(finished(PARK), Optional.of(member("m-1")))).isEqualTo(new SurveyOutcome.Recorded(500));
        assertThat(records()).singleElement().satisfies(points -> {
            assertThat(points.kind()).isEqualTo(RecordKind.SURVEY_POINTS);
            assertThat(points.body().text()).isEqualTo(
                    "{\"member\":\"p:m-1\",\"points\":500,\"survey\":\"2026-junggu-park\"}");
        });
        assertThat(journal.pendingInBox(BOX)).isEqualTo(1);
        journal.releaseBox(BOX);
        assertThat(records().getLast().body().text()).doesNotContain("p:m-1");
    }

    @Test
    void aSecondClaimIsRefusedButTheAnswersMayStillBeGivenWithoutPoints() throws Exception {
        desk.submit(finished(PARK), Optional.of(member("m-1")));
        assertThat(desk.submit(finished(PARK), Optional.of(member("m-1")))).isEqualTo(new SurveyOutcome.AlreadyClaimed());
        assertThat(journal.pendingInBox(BOX)).as("nothing recorded by the refused claim").isEqualTo(1);
        assertThat(records()).hasSize(1);
        assertThat(desk.submit(finished(PARK), Optional.empty())).isEqualTo(new SurveyOutcome.Recorded(0));
        assertThat(journal.pendingInBox(BOX)).isEqualTo(2);
        assertThat(desk.submit(finished(PARK), Optional.of(member("m-2")))).isEqualTo(new SurveyOutcome.Recorded(500));
        assertThat(desk.submit(finished(NAMED), Optional.of(member("m-1"))))
                .as("another survey's points").isEqualTo(new SurveyOutcome.Recorded(300));
    }

    @Test
    void claimsAreRememberedAcrossARestart() throws Exception {
        desk.submit(finished(PARK), Optional.of(member("m-1")));
        JournalSurveyDesk reopened = JournalSurveyDesk.open(journal, content, clock);
        assertThat(reopened.submit(finished(PARK), Optional.of(member("m-1")))).isEqualTo(new SurveyOutcome.AlreadyClaimed());
        assertThat(reopened.submit(finished(PARK), Optional.of(member("m-3")))).isEqualTo(new SurveyOutcome.Recorded(500));
    }

    @Test
    void anIdentifiedSurveyNeedsTheMemberAndCarriesTheirPseudonym() throws Exception {
        assertThat(desk.submit(finished(NAMED), Optional.empty()))
                .isEqualTo(new SurveyOutcome.Refused(SurveyOutcome.Reason.MEMBER_NEEDED));
        assertThat(desk.submit(finished(NAMED), Optional.of(member("m-7")))).isEqualTo(new SurveyOutcome.Recorded(300));
        journal.releaseBox("survey:" + NAMED.id());
        assertThat(records()).filteredOn(r -> r.kind().equals(RecordKind.SURVEY_RESPONSE)).singleElement()
                .satisfies(r -> assertThat(r.body().tree().get("member").asText()).isEqualTo("p:m-7"));
    }

    @Test
    void aScanOnASurveyWithoutPointsRecordsNoPointsAndNoMember() throws Exception {
        assertThat(desk.submit(finished(NO_POINTS), Optional.of(member("m-1")))).isEqualTo(new SurveyOutcome.Recorded(0));
        assertThat(records()).isEmpty();
        journal.releaseBox("survey:" + NO_POINTS.id());
        assertThat(records().getFirst().body().text()).isEqualTo("{\"answers\":{\"q1\":\"yes\"},\"survey\":\"2026-bus-benches\"}");
    }

    @Test
    void incompleteClosedAndUnpublishedSurveysAreRefused() throws Exception {
        SurveyRun unfinished = SurveyRun.start(PARK);
        unfinished.consent();
        assertThat(desk.submit(unfinished, Optional.empty()))
                .isEqualTo(new SurveyOutcome.Refused(SurveyOutcome.Reason.INCOMPLETE));
        assertThat(desk.submit(finished(SurveyFixtures.quick("not-published", 0)), Optional.empty()))
                .isEqualTo(new SurveyOutcome.Refused(SurveyOutcome.Reason.CLOSED));
        clock.set(NO_POINTS.closes());
        assertThat(desk.submit(finished(NO_POINTS), Optional.empty()))
                .isEqualTo(new SurveyOutcome.Refused(SurveyOutcome.Reason.CLOSED));
        clock.set(SurveyFixtures.NOW);
        assertThat(journal.pendingInBox(BOX) + journal.pendingInBox("survey:" + NO_POINTS.id())).isZero();
    }

    @Test
    void aFailedDepositRecordsNothingAndLeavesTheMemberFreeToClaim() throws Exception {
        journal.failing(true);
        assertThat(desk.submit(finished(PARK), Optional.of(member("m-1"))))
                .isEqualTo(new SurveyOutcome.Refused(SurveyOutcome.Reason.NOT_RECORDED));
        journal.failing(false);
        assertThat(journal.pendingInBox(BOX)).isZero();
        assertThat(desk.submit(finished(PARK), Optional.of(member("m-1")))).isEqualTo(new SurveyOutcome.Recorded(500));
        clock.advance(Duration.ofMinutes(1));
    }
}
