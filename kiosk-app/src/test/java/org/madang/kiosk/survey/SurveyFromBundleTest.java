package org.madang.kiosk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.content.ContentBundle;
import org.madang.device.content.ContentBundles;
import org.madang.device.content.demo.DemoContent;
import org.madang.device.content.survey.Option;
import org.madang.device.content.survey.Question;
import org.madang.device.content.survey.Survey;
import org.madang.journal.JournalOptions;
import org.madang.journal.RecordKind;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.sqlite.SqliteJournal;
import org.madang.journal.testing.MutableClock;
import org.madang.journal.testing.TestKeys;

/**
 * The demo survey as the kiosk gets it (a signed bundle, read and validated by ContentBundles) can
 * be answered to the end and is recorded with an answer for every question that showed.
 */
class SurveyFromBundleTest {

    @TempDir
    Path temp;

    @Test
    void theDemoBundlesSurveyIsAnsweredAndRecorded() throws Exception {
        Ed25519KeyPair central = Ed25519KeyPair.generate(new SecureRandom());
        byte[] hashKey = new byte[32];
        String jws = ContentBundles.sign(DemoContent.fromSeed("survey bundle test seed".getBytes(StandardCharsets.UTF_8))
                .payload(1, SurveyFixtures.NOW, "1114055000", hashKey), central, "c1");
        ContentBundle bundle = ContentBundles.read(jws.getBytes(StandardCharsets.UTF_8), Map.of("c1", central.publicKey()));
        Survey survey = bundle.survey(DemoContent.SURVEY).orElseThrow();

        SurveyRun run = SurveyRun.start(survey);
        run.consent();
        List<String> shown = new ArrayList<>();
        while (!run.atSummary()) {
            Question question = run.current().orElseThrow();
            shown.add(question.id());
            assertThat(run.answer(plainAnswer(question))).as(question.id()).isEmpty();
            assertThat(run.next()).as(question.id()).isEmpty();
        }
        assertThat(shown).as("every condition is met by the plain answers").hasSize(survey.questions().size());

        MutableClock clock = new MutableClock(SurveyFixtures.NOW);
        try (SqliteJournal journal = SqliteJournal.open(new JournalOptions(temp.resolve("j.db"),
                TestKeys.fixedDeviceKey(), clock.deviceClock(), new SecureRandom(), 10, "bundle test"))) {
            SurveyContent content = new SurveyContent() {
                @Override
                public List<Survey> surveys() {
                    return bundle.surveys();
                }

                @Override
                public String pseudonymOf(String memberId) {
                    return bundle.memberPseudonym().of(memberId);
                }
            };
            JournalSurveyDesk desk = JournalSurveyDesk.open(journal, content, clock);
            assertThat(desk.submit(run, Optional.of(SurveyDeskTest.member("m-1"))))
                    .isEqualTo(new SurveyOutcome.Recorded(survey.points()));
            journal.releaseBox(JournalSurveyDesk.boxOf(survey.id()));
            var response = journal.readAfter(0, 10).stream()
                    .filter(r -> r.kind().equals(RecordKind.SURVEY_RESPONSE)).findFirst().orElseThrow();
            List<String> recorded = new ArrayList<>();
            response.body().tree().get("answers").fieldNames().forEachRemaining(recorded::add);
            assertThat(recorded).containsExactlyInAnyOrderElementsOf(shown);
        }
    }

    /** An answer any elderly respondent might give: the first options, the lowest point, yes, a short text. */
    private static Answer plainAnswer(Question question) {
        return switch (question) {
            case Question.Choice choice -> new Answer.Choice(choice.options().stream().limit(Math.max(1, choice.min()))
                    .map(Option::id).toList(), "");
            case Question.Rating rating -> new Answer.Rating(rating.to());
            case Question.YesNo yesNo -> new Answer.YesNo(true);
            case Question.Number number -> new Answer.Number(Math.max(number.min(), Math.min(number.max(), 12)));
            case Question.Text text -> new Answer.Text("광산구");
        };
    }
}
