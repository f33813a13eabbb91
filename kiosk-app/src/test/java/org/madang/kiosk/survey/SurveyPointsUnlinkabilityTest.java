package org.madang.kiosk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.content.survey.Survey;
import org.madang.journal.Journal;
import org.madang.journal.JournalOptions;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.sqlite.SqliteJournal;
import org.madang.journal.testing.FakeDeviceClock;
import org.madang.journal.testing.LinkageAttacks;
import org.madang.journal.testing.LinkageAttacks.Entry;
import org.madang.journal.testing.MutableClock;
import org.madang.journal.testing.TestKeys;

/**
 * 200 respondents each claim a survey's points: no attack on the journal's read order, record
 * ids, times or the SQLite file links a points record (who) to its response (what) better than
 * chance. The same attacks against a response appended right after its points record link every
 * one, which shows the attacks work.
 *
 * <p>Chance: responses are released in shuffled batches of K = 10, so pairing within a batch is
 * right about 1 time in 10: about 20 of 200 (fixed points of 20 random permutations, close to
 * Poisson(20)); P(X >= 45) is below 1e-6, so the bound of 45 does not fail by bad luck.
 */
class SurveyPointsUnlinkabilityTest {

    private static final int RESPONDENTS = 200;

    @TempDir
    Path dir;

    private final Random random = new Random();
    private final Survey survey = SurveyFixtures.park();

    /** How one respondent's points record and response reach the journal. */
    private interface Submission {
        void submit(Journal journal, JournalSurveyDesk desk, String memberId, String marker) throws Exception;
    }

    private SurveyRun run(String marker) {
        SurveyRun run = SurveyRun.start(survey);
        SurveyRunTest.answerEverything(run);
        run.back();
        run.answer(new Answer.Text(marker));
        run.next();
        return run;
    }

    @Test
    void pointsRecordsCannotBeLinkedToResponses() throws Exception {
        Map<String, Integer> linked = hold((journal, desk, memberId, marker) -> assertThat(
                desk.submit(run(marker), Optional.of(SurveyDeskTest.member(memberId))))
                .isEqualTo(new SurveyOutcome.Recorded(500)));
        System.out.println("survey points vs responses, linked of " + RESPONDENTS + ": " + linked);
        assertThat(linked).hasSize(5).allSatisfy((attack, hits) -> assertThat(hits).as(attack).isLessThan(45));
    }

    @Test
    void theSameAttacksLinkEveryResponseAppendedRightAfterItsPoints() throws Exception {
        Map<String, Integer> linked = hold((journal, desk, memberId, marker) -> {
            journal.append(RecordDraft.of(RecordKind.of("test.points"),
                    Map.of("survey", survey.id(), "member", "p:" + memberId, "points", 500)));
            journal.append(new RecordDraft(RecordKind.of("test.response"), run(marker).responseBody(Optional.empty())));
        });
        System.out.println("appended in order, linked of " + RESPONDENTS + ": " + linked);
        assertThat(linked).containsEntry(LinkageAttacks.READ_ORDER, RESPONDENTS)
                .containsEntry(LinkageAttacks.NEAREST_EARLIER_TIME, RESPONDENTS);
        assertThat(linked.get(LinkageAttacks.FILE_OFFSET_RANK)).isGreaterThan(150);
    }

    private Map<String, Integer> hold(Submission path) throws Exception {
        FakeDeviceClock clock = FakeDeviceClock.standard();
        MutableClock deskClock = new MutableClock(SurveyFixtures.NOW);
        Path file = dir.resolve("journal.db");
        Map<String, String> markerOfMember = new LinkedHashMap<>();
        List<JournalRecord> records;
        try (Journal journal = SqliteJournal.open(new JournalOptions(file, TestKeys.deviceKey(), clock,
                new SecureRandom(), 10, "survey secrecy test"))) {
            JournalSurveyDesk desk = JournalSurveyDesk.open(journal, SurveyFixtures.content(survey), deskClock);
            for (int i = 0; i < RESPONDENTS; i++) {
                clock.advance(Duration.ofSeconds(60 + random.nextInt(180)));
                String memberId = "m" + HexFormat.of().toHexDigits(random.nextLong());
                String marker = "x" + HexFormat.of().toHexDigits(random.nextLong()).substring(0, 15);
                markerOfMember.put("p:" + memberId, marker);
                path.submit(journal, desk, memberId, marker);
            }
            records = journal.readAfter(0, 10_000);
        }
        byte[] bytes = Files.readAllBytes(file);
        List<Entry> points = new ArrayList<>();
        List<Entry> responses = new ArrayList<>();
        for (JournalRecord record : records) {
            var body = record.body().tree();
            if (record.kind().name().endsWith("points")) {
                points.add(new Entry(record, body.get("member").asText()));
            } else if (record.kind().name().endsWith("response")) {
                responses.add(new Entry(record, body.get("answers").get("q8").asText()));
            }
        }
        assertThat(points).hasSize(RESPONDENTS);
        assertThat(responses).hasSize(RESPONDENTS);
        return LinkageAttacks.all(points, responses, bytes, markerOfMember);
    }
}
