package org.madang.kiosk.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.content.survey.Survey;
import org.madang.device.token.TokenVerifier;
import org.madang.journal.JournalOptions;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.sqlite.SqliteJournal;
import org.madang.journal.testing.TestKeys;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.survey.JournalSurveyDesk;
import org.madang.kiosk.survey.SurveyFixtures;
import org.madang.kiosk.testing.FakeTokenVerifier;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.UiTimeouts;
import org.madang.kiosk.ui.port.KioskServices;
import org.madang.kiosk.ui.testing.FakeCheckinDesk;
import org.madang.kiosk.ui.testing.Fixtures;
import org.madang.kiosk.ui.testing.ManualScheduler;
import org.madang.kiosk.ui.testing.RecordingTones;
import org.madang.kiosk.ui.testing.SameThreadBackground;
import org.madang.kiosk.ui.text.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Surveys in a real window, touched through the robot, recorded in a real SQLite journal: every
 * question type, required and optional, conditional questions, limits, points claimed once, and
 * nothing recorded when the respondent leaves or walks away.
 */
@ExtendWith(ApplicationExtension.class)
class SurveyUiTest {

    private static final Survey PARK = SurveyFixtures.park();
    private static final String BOX = "survey:" + PARK.id();

    @TempDir
    static Path temp;

    private final ManualScheduler scheduler = new ManualScheduler(Fixtures.NOW);
    private final RecordingTones tones = new RecordingTones();
    private SqliteJournal journal;
    private KioskViewModel vm;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        stage = primary;
        journal = SqliteJournal.open(new JournalOptions(temp.resolve("journal-" + System.nanoTime() + ".db"),
                TestKeys.fixedDeviceKey(), new org.madang.journal.testing.MutableClock(Fixtures.NOW).deviceClock(),
                new SecureRandom(), 10, "survey ui test"));
        List<Survey> surveys = List.of(PARK);
        JournalSurveyDesk desk = JournalSurveyDesk.open(journal, SurveyFixtures.content(surveys.toArray(Survey[]::new)),
                scheduler.clock());
        TokenVerifier staffOrMember = (scanned, expected) -> scanned.equals(Fixtures.STAFF_CARD)
                ? Fixtures.staffVerifier().verify(scanned, expected) : new FakeTokenVerifier().verify(scanned, expected);
        KioskServices services = new KioskServices(new FakeCheckinDesk(), staffOrMember, () -> List.of(Fixtures.CLEANUP),
                () -> Fixtures.STATUS, Optional.of(Fixtures.pinHash()), tones, false).withSurveys(desk);
        vm = new KioskViewModel(services, scheduler.clock(), scheduler, new SameThreadBackground(), UiTimeouts.DEFAULTS);
        KioskView view = new KioskView(vm, new Texts(), KoreanFont.find());
        Scene scene = new Scene(view.root(), 800, 480);
        view.watchTouches(scene);
        primary.setScene(scene);
        KioskLock.lock(primary, scene, false);
        primary.setX(0);
        primary.setY(0);
        primary.show();
        vm.start();
    }

    @AfterEach
    void close() throws Exception {
        journal.close();
    }

    @Test
    void aWholeSurveyWithEveryQuestionTypeIsRecordedAndItsPointsClaimed(FxRobot robot) throws Exception {
        robot.clickOn("#survey");
        assertThat(text(robot, "#survey-question")).isEqualTo("중앙공원 이용 설문");
        robot.clickOn("#survey-start");
        assertThat(text(robot, "#survey-question")).isEqualTo("개인정보 수집·이용 동의");
        assertThat(text(robot, "#survey-consent-retention")).isEqualTo("설문 종료 후 1년");
        robot.clickOn("#survey-agree");
        answerEverything(robot);
        assertThat(text(robot, "#survey-question")).isEqualTo("답변을 확인해 주세요");
        assertThat(text(robot, "#survey-summary-a-q2")).isEqualTo("화장실, 그늘막, 기타 (직접 입력): 분수대");
        assertThat(text(robot, "#survey-summary-a-q4")).isEqualTo("(답하지 않음)");
        assertThat(text(robot, "#survey-claim")).isEqualTo("500포인트 받기 (QR 스캔)");
        robot.clickOn("#survey-claim");
        scan(robot, FakeTokenVerifier.member("m-1"));
        assertThat(text(robot, "#survey-recorded-title")).isEqualTo("응답이 기록되었습니다");
        assertThat(text(robot, "#survey-recorded-detail")).startsWith("500포인트 적립 예정");

        List<JournalRecord> records = journal.readAfter(0, 100);
        assertThat(records).singleElement().satisfies(r -> assertThat(r.body().text())
                .isEqualTo("{\"member\":\"p:m-1\",\"points\":500,\"survey\":\"2026-junggu-park\"}"));
        assertThat(journal.releaseBox(BOX)).isEqualTo(1);
        assertThat(journal.readAfter(1, 100)).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RecordKind.SURVEY_RESPONSE);
            assertThat(r.body().text()).isEqualTo("{\"answers\":{\"q1\":\"weekly\",\"q2\":[\"toilets\",\"shade\",\"other\"],"
                    + "\"q2.other\":\"분수대\",\"q3\":4,\"q5\":\"yes\",\"q6\":32,\"q7\":\"안녕하세요 광산구\",\"q8\":\"닭갈비\"},"
                    + "\"survey\":\"2026-junggu-park\"}");
        });
        robot.interact(() -> scheduler.advance(Duration.ofSeconds(10)));
        assertThat(vm.screen().get()).isEqualTo(org.madang.kiosk.ui.model.Screen.ATTRACT);
    }

    @Test
    void requiredQuestionsSayWhatIsMissingAndOptionalOnesOfferSkip(FxRobot robot) {
        begin(robot);
        assertThat(text(robot, "#survey-progress")).isEqualTo("1 / 6");
        assertThat(visible(robot, "#survey-skip")).isFalse();
        assertThat(visible(robot, "#survey-back")).isFalse();
        robot.clickOn("#survey-next");
        assertThat(text(robot, "#survey-problem")).isEqualTo("답을 골라 주셔야 다음으로 넘어갈 수 있습니다.");
        robot.clickOn("#survey-option-never");
        assertThat(robot.lookup("#survey-option-never").query().getStyleClass()).contains("on");
        assertThat(text(robot, "#survey-progress")).isEqualTo("1 / 6");
        robot.clickOn("#survey-next");
        assertThat(text(robot, "#survey-progress")).as("q2 hidden: never uses the park").isEqualTo("2 / 6");
        assertThat(text(robot, "#survey-question")).isEqualTo("공원에 얼마나 만족하세요?");
        robot.clickOn("#survey-rate-2");
        robot.clickOn("#survey-next");
        assertThat(visible(robot, "#survey-skip")).as("the 0-10 rating is optional").isTrue();
        robot.clickOn("#survey-skip");
        assertThat(text(robot, "#survey-question")).isEqualTo("중구에 사세요?");
        robot.clickOn("#survey-no");
        robot.clickOn("#survey-next");
        assertThat(text(robot, "#survey-progress")).as("q6 hidden: not a resident").isEqualTo("5 / 6");
    }

    @Test
    void multipleChoiceStopsAtItsMaximumAndOtherNeedsText(FxRobot robot) {
        begin(robot);
        robot.clickOn("#survey-option-daily").clickOn("#survey-next");
        assertThat(text(robot, "#survey-hint")).isEqualTo("3개까지 고를 수 있습니다");
        robot.clickOn("#survey-option-benches").clickOn("#survey-option-toilets").clickOn("#survey-option-shade");
        robot.clickOn("#survey-option-lights");
        assertThat(text(robot, "#survey-problem")).isEqualTo("3개까지 고를 수 있습니다.");
        assertThat(robot.lookup("#survey-option-lights").query().getStyleClass()).doesNotContain("on");
        robot.clickOn("#survey-option-benches");
        robot.clickOn("#survey-option-other");
        assertThat(visible(robot, "#survey-keyboard")).isTrue();
        robot.clickOn("#survey-next");
        assertThat(text(robot, "#survey-problem")).isEqualTo("기타를 고르셨습니다. 내용을 입력해 주세요.");
        tap(robot, "ㅂㅜㄴㅅㅜㄷㅐ");
        robot.clickOn("#survey-next");
        assertThat(text(robot, "#survey-question")).isEqualTo("공원에 얼마나 만족하세요?");
    }

    @Test
    void numbersOutsideTheRangeAreRefused(FxRobot robot) {
        begin(robot);
        robot.clickOn("#survey-option-never").clickOn("#survey-next");
        robot.clickOn("#survey-rate-5").clickOn("#survey-next");
        robot.clickOn("#survey-skip");
        robot.clickOn("#survey-yes").clickOn("#survey-next");
        assertThat(text(robot, "#survey-hint")).isEqualTo("0부터 120까지의 숫자를 눌러 주세요 (단위: 년)");
        tap(robot, "125");
        assertThat(shown(robot)).isEqualTo("125");
        tap(robot, "4");
        assertThat(shown(robot)).as("three digits at most").isEqualTo("125");
        robot.clickOn("#survey-next");
        assertThat(text(robot, "#survey-problem")).isEqualTo("0부터 120까지의 숫자만 입력할 수 있습니다.");
        robot.clickOn("#key-backspace").clickOn("#survey-next");
        assertThat(text(robot, "#survey-question")).isEqualTo("사시는 동 이름을 적어 주세요");
    }

    @Test
    void aSecondClaimIsRefusedKindlyAndTheAnswersCanStillBeGiven(FxRobot robot) throws Exception {
        for (int time = 0; time < 2; time++) {
            robot.clickOn("#survey");
            robot.clickOn("#survey-start").clickOn("#survey-agree");
            answerEverything(robot);
            robot.clickOn("#survey-claim");
            scan(robot, FakeTokenVerifier.member("m-1"));
            if (time == 0) {
                robot.clickOn("#survey-home");
            }
        }
        assertThat(text(robot, "#survey-already-title")).isEqualTo("이미 포인트를 받으신 설문입니다");
        assertThat(journal.pendingInBox(BOX)).isEqualTo(1);
        robot.clickOn("#survey-submit-anyway");
        assertThat(text(robot, "#survey-recorded-detail")).isEqualTo("참여해 주셔서 감사합니다.");
        assertThat(journal.pendingInBox(BOX)).isEqualTo(2);
        assertThat(journal.readAfter(0, 100)).as("one points record").hasSize(1);
    }

    @Test
    void startingOverRecordsNothingAndForgetsWhatWasTyped(FxRobot robot) throws Exception {
        begin(robot);
        robot.clickOn("#survey-option-daily").clickOn("#survey-next");
        robot.clickOn("#survey-option-other");
        tap(robot, "ㅂㅣㅁㅣㄹ_ㅇㅣㅇㅑㄱㅣ");
        assertThat(shown(robot)).isEqualTo("비밀 이야기");
        robot.clickOn("#survey-home");
        assertThat(visible(robot, "#checkin")).isTrue();
        assertNothingRecorded();
        begin(robot);
        assertThat(robot.lookup("#survey-option-daily").query().getStyleClass()).doesNotContain("on");
        robot.clickOn("#survey-option-daily").clickOn("#survey-next");
        robot.clickOn("#survey-option-other");
        assertThat(shown(robot)).isEmpty();
        assertThat(vm.survey().typed()).isEmpty();
    }

    @Test
    void walkingAwayResetsToTheWelcomeScreenAndRecordsNothing(FxRobot robot) throws Exception {
        begin(robot);
        robot.clickOn("#survey-option-daily").clickOn("#survey-next");
        robot.clickOn("#survey-option-other");
        tap(robot, "ㅂㅣㅁㅣㄹ_ㅇㅣㅇㅑㄱㅣ");
        robot.interact(() -> scheduler.advance(UiTimeouts.DEFAULTS.choosing().idle()));
        assertThat(visible(robot, "#countdown")).isTrue();
        robot.interact(() -> scheduler.advance(UiTimeouts.DEFAULTS.choosing().countdown()));
        assertThat(visible(robot, "#checkin")).isTrue();
        assertThat(vm.survey().survey()).isEmpty();
        assertThat(vm.survey().typed()).isEmpty();
        assertNothingRecorded();
    }

    @Test
    void decliningTheConsentEndsPolitelyAndRecordsNothing(FxRobot robot) throws Exception {
        robot.clickOn("#survey").clickOn("#survey-start");
        robot.clickOn("#survey-decline");
        assertThat(text(robot, "#survey-declined-title")).isEqualTo("설문을 마칩니다");
        assertThat(text(robot, "#survey-declined-detail")).contains("아무것도 기록하지 않았습니다");
        robot.clickOn("#survey-home");
        assertNothingRecorded();
    }

    private void assertNothingRecorded() throws Exception {
        assertThat(journal.pendingInBox(BOX)).isZero();
        assertThat(journal.readAfter(0, 100)).isEmpty();
    }

    private void begin(FxRobot robot) {
        robot.clickOn("#survey").clickOn("#survey-start").clickOn("#survey-agree");
    }

    /** Answers the park survey's eight questions by touch (q4 skipped), ending at the summary. */
    private void answerEverything(FxRobot robot) {
        assertThat(text(robot, "#survey-progress")).isEqualTo("1 / 6");
        robot.clickOn("#survey-option-weekly").clickOn("#survey-next");
        assertThat(text(robot, "#survey-progress")).isEqualTo("2 / 7");
        robot.clickOn("#survey-option-other").clickOn("#survey-option-other");
        robot.clickOn("#survey-option-shade").clickOn("#survey-option-toilets").clickOn("#survey-option-other");
        tap(robot, "ㅂㅜㄴㅅㅜㄷㅐ");
        robot.clickOn("#survey-next");
        robot.clickOn("#survey-rate-4").clickOn("#survey-next");
        robot.clickOn("#survey-skip");
        robot.clickOn("#survey-yes").clickOn("#survey-next");
        assertThat(text(robot, "#survey-progress")).isEqualTo("6 / 8");
        tap(robot, "32");
        robot.clickOn("#survey-next");
        tap(robot, "ㅇㅏㄴㄴㅕㅇㅎㅏㅅㅔㅇㅛ_ㄱㅗㅏㅇㅅㅏㄴㄱㅜ");
        assertThat(shown(robot)).isEqualTo("안녕하세요 광산구");
        robot.clickOn("#survey-next");
        tap(robot, "ㄷㅏㄹㄱㄱㅏㄹㅂㅣ");
        assertThat(shown(robot)).isEqualTo("닭갈비");
        robot.clickOn("#survey-next");
    }

    /** Taps keys of the on-screen keyboard: '_' is the space bar, anything else the key that types it. */
    private static void tap(FxRobot robot, String keys) {
        for (char key : keys.toCharArray()) {
            robot.clickOn("#key-" + (key == '_' ? "space" : String.valueOf(key)));
        }
    }

    /** What the keyboard's display shows: the text typed and the syllable being composed. */
    private static String shown(FxRobot robot) {
        return robot.lookup("#keyboard-typed").queryAs(Text.class).getText()
                + robot.lookup("#keyboard-composing").queryAs(Text.class).getText();
    }

    private void scan(FxRobot robot, String payload) {
        robot.interact(() -> vm.scanned(payload, ScanSource.KEYBOARD_WEDGE));
    }

    private static boolean visible(FxRobot robot, String query) {
        for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }
}
