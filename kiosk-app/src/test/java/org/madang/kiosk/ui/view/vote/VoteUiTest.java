package org.madang.kiosk.ui.view.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madang.kiosk.vote.VoteFixtures.member;
import static org.madang.kiosk.vote.VoteFixtures.voucher;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.content.poll.Poll;
import org.madang.journal.JournalOptions;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.chain.RecordHasher;
import org.madang.journal.sqlite.SqliteJournal;
import org.madang.journal.testing.MutableClock;
import org.madang.journal.testing.TestKeys;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.Screen;
import org.madang.kiosk.ui.model.UiTimeouts;
import org.madang.kiosk.ui.testing.FakeCheckinDesk;
import org.madang.kiosk.ui.testing.Fixtures;
import org.madang.kiosk.ui.testing.ManualScheduler;
import org.madang.kiosk.ui.testing.RecordingTones;
import org.madang.kiosk.ui.testing.SameThreadBackground;
import org.madang.kiosk.ui.text.Texts;
import org.madang.kiosk.ui.view.KioskView;
import org.madang.kiosk.ui.view.KoreanFont;
import org.madang.kiosk.vote.HashedVoucherCodes;
import org.madang.kiosk.vote.JournalVoteDesk;
import org.madang.kiosk.vote.VoteFixtures;
import org.madang.kiosk.vote.Voting;
import org.madang.sync.api.closing.ClosingQrText;
import org.madang.sync.api.wire.RecordJson;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Voting through the real screens on a real (virtual) X server, touched through the robot, over a
 * real SQLite journal: every identification path, refusals, abandoning, the idle reset, each
 * ballot rule, closing with its sheet and QR, and read-aloud.
 */
@ExtendWith(ApplicationExtension.class)
class VoteUiTest {

    @TempDir
    Path temp;

    private final ManualScheduler scheduler = new ManualScheduler(VoteFixtures.NOW);
    private final List<String> spoken = new ArrayList<>();
    private SqliteJournal journal;
    private KioskViewModel vm;
    private Stage stage;

    private void show(FxRobot robot, Poll... polls) throws Exception {
        MutableClock clock = (MutableClock) scheduler.clock();
        journal = SqliteJournal.open(new JournalOptions(temp.resolve("journal.db"), TestKeys.fixedDeviceKey(),
                clock.deviceClock(), new SecureRandom(), JournalOptions.DEFAULT_BOX_RELEASE_THRESHOLD, "ui test"));
        JournalVoteDesk desk = JournalVoteDesk.open(journal, VoteFixtures.tokens(), VoteFixtures.content(polls),
                new HashedVoucherCodes(), VoteFixtures.fakeSealer(), clock, "wolgok-01",
                JournalOptions.DEFAULT_BOX_RELEASE_THRESHOLD);
        Voting voting = new Voting(Optional.of(desk), spoken::add, true);
        robot.interact(() -> {
            vm = new KioskViewModel(Fixtures.services(new FakeCheckinDesk(), new RecordingTones()).withVoting(voting),
                    scheduler.clock(), scheduler, new SameThreadBackground(), UiTimeouts.DEFAULTS);
            KioskView view = new KioskView(vm, new Texts(), KoreanFont.find());
            stage = new Stage();
            Scene scene = new Scene(view.root(), 800, 480);
            view.watchTouches(scene);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            vm.start();
        });
    }

    @AfterEach
    void closeAll(FxRobot robot) throws Exception {
        if (stage != null) {
            robot.interact(stage::close);
        }
        if (journal != null) {
            journal.close();
        }
    }

    private void scan(FxRobot robot, String payload) {
        robot.interact(() -> vm.scanned(payload, ScanSource.KEYBOARD_WEDGE));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static boolean visible(FxRobot robot, String query) {
        var found = robot.lookup(query).tryQuery();
        if (found.isEmpty()) {
            return false;
        }
        for (var n = found.get(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private List<JournalRecord> records(RecordKind kind) throws Exception {
        return journal.readAfter(0, 10_000).stream().filter(r -> r.kind().equals(kind)).toList();
    }

    @Test
    void aMemberVotesFromTheWelcomeScreenThroughReviewToRecorded(FxRobot robot) throws Exception {
        show(robot, VoteFixtures.agenda(), VoteFixtures.single());
        assertThat(text(robot, "#vote")).isEqualTo("투표하기");
        robot.clickOn("#vote");
        assertThat(text(robot, "#vote-title")).isEqualTo("투표하려면 QR 코드를 스캐너에 대어 주세요");
        scan(robot, member("m1"));
        assertThat(text(robot, "#vote-title")).isEqualTo("투표할 안건을 골라 주세요");
        // Each row says until when and what the ballot asks (closes 2026-11-27 10:00 in Seoul).
        assertThat(text(robot, "#vote-poll-title-agenda")).isEqualTo("월곡1동 마을의제 사전투표");
        assertThat(text(robot, "#vote-poll-detail-agenda")).isEqualTo("11월 27일 10시까지 · 3개까지");
        assertThat(text(robot, "#vote-poll-detail-single")).isEqualTo("11월 27일 10시까지 · 1개 선택");
        robot.clickOn("#vote-poll-agenda");
        assertThat(text(robot, "#vote-hint")).isEqualTo("1개에서 3개까지 골라 주세요.");
        robot.clickOn("#vote-item-benches").clickOn("#vote-item-library");
        assertThat(text(robot, "#vote-item-state-benches")).isEqualTo("선택함");
        assertThat(visible(robot, "#vote-item-state-lights")).isFalse();
        robot.clickOn("#vote-next");
        assertThat(text(robot, "#vote-title")).isEqualTo("선택하신 내용");
        assertThat(text(robot, "#vote-review-benches")).isEqualTo("공원 벤치 설치");
        assertThat(text(robot, "#vote-review-library")).isEqualTo("작은 도서관");
        robot.clickOn("#vote-confirm");
        assertThat(text(robot, "#vote-title")).isEqualTo("투표가 기록되었습니다");
        assertThat(records(RecordKind.VOTE_POLLBOOK)).hasSize(1);
        assertThat(journal.pendingInBox("poll:agenda")).isEqualTo(1);
        robot.interact(() -> scheduler.advance(UiTimeouts.DEFAULTS.feedbackShown()));
        assertThat(vm.screen().get()).isEqualTo(Screen.ATTRACT);
        assertThat(vm.vote().draft().get()).isEmpty();
    }

    @Test
    void aVoucherQrOpensItsOnePollsBallotAtOnce(FxRobot robot) throws Exception {
        show(robot, VoteFixtures.agenda(), VoteFixtures.single());
        robot.clickOn("#vote");
        scan(robot, voucher("agenda", "V-0007"));
        assertThat(text(robot, "#vote-title")).isEqualTo("월곡1동 마을의제 사전투표");
        robot.clickOn("#vote-item-garden").clickOn("#vote-next").clickOn("#vote-confirm");
        assertThat(text(robot, "#vote-title")).isEqualTo("투표가 기록되었습니다");
        assertThat(records(RecordKind.VOTE_POLLBOOK).getFirst().body().text()).contains("\"voter\":\"voucher:V-0007\"");
    }

    @Test
    void aTypedVoucherCodeOnTheOnScreenPadOpensTheBallot(FxRobot robot) throws Exception {
        show(robot, VoteFixtures.agenda());
        robot.clickOn("#vote").clickOn("#vote-code-pad");
        robot.clickOn("#vote-key-ok");
        assertThat(text(robot, "#vote-notice")).isEqualTo("코드 10자리를 모두 눌러 주세요.");
        for (char key : VoteFixtures.CODE2.replace("-", "").toCharArray()) {
            robot.clickOn("#vote-key-" + key);
        }
        assertThat(text(robot, "#vote-code")).isEqualTo(VoteFixtures.CODE2);
        robot.clickOn("#vote-key-ok");
        assertThat(text(robot, "#vote-hint")).isEqualTo("1개에서 3개까지 골라 주세요.");
        robot.clickOn("#vote-next");
        assertThat(text(robot, "#vote-review-blank")).isEqualTo("선택 없음 (기권)");
        robot.clickOn("#vote-confirm");
        assertThat(records(RecordKind.VOTE_POLLBOOK).getFirst().body().text()).contains("voucher:V-0002");
    }

    @Test
    void staffUnlockOneBallotAndTheResidentTakesOver(FxRobot robot) throws Exception {
        show(robot, VoteFixtures.single());
        scan(robot, Fixtures.STAFF_CARD);
        robot.clickOn("#staff-voting");
        assertThat(text(robot, "#vote-staff-state-single")).isEqualTo("진행 중 · 투표 0명");
        robot.clickOn("#vote-unlock-single");
        assertThat(vm.screen().get()).isEqualTo(Screen.VOTE);
        robot.clickOn("#vote-item-no").clickOn("#vote-next").clickOn("#vote-confirm");
        assertThat(text(robot, "#vote-title")).isEqualTo("투표가 기록되었습니다");
        assertThat(records(RecordKind.VOTE_POLLBOOK).getFirst().body().text())
                .isEqualTo("{\"method\":\"staff\",\"poll\":\"single\",\"voter\":\"staff:s-1\"}");
    }

    @Test
    void aSecondAttemptIsRefusedKindly(FxRobot robot) throws Exception {
        show(robot, VoteFixtures.single());
        robot.clickOn("#vote");
        scan(robot, member("m1"));
        robot.clickOn("#vote-item-yes").clickOn("#vote-next").clickOn("#vote-confirm");
        robot.interact(() -> scheduler.advance(UiTimeouts.DEFAULTS.feedbackShown()));
        robot.clickOn("#vote");
        scan(robot, member("m1"));
        assertThat(text(robot, "#vote-title")).isEqualTo("투표할 수 없습니다");
        assertThat(text(robot, "#vote-hint")).isEqualTo("이미 투표하셨습니다. 참여해 주셔서 감사합니다.");
        assertThat(records(RecordKind.VOTE_POLLBOOK)).hasSize(1);
    }

    @Test
    void residentsOfAnotherDongAndTheTooYoungAreRefusedWithTheReason(FxRobot robot) throws Exception {
        show(robot, VoteFixtures.agenda());
        robot.clickOn("#vote");
        scan(robot, member("far", VoteFixtures.OTHER_DONG, 1960));
        assertThat(text(robot, "#vote-hint")).isEqualTo("이 투표는 해당 동 주민만 참여할 수 있습니다.");
        scan(robot, member("kid", VoteFixtures.DONG, 2015));
        assertThat(text(robot, "#vote-hint")).isEqualTo("이 투표는 참여 나이 기준이 있어 참여하실 수 없습니다.");
        assertThat(journal.lastSeq()).isZero();
    }

    @Test
    void aPollNotOpenYetAndAClosedPollAreRefused(FxRobot robot) throws Exception {
        show(robot, VoteFixtures.withTimes(VoteFixtures.single(), VoteFixtures.NOW.plus(Duration.ofHours(1)),
                VoteFixtures.NOW.plus(Duration.ofHours(2))));
        assertThat(visible(robot, "#vote")).isFalse();
        robot.interact(vm::startVoting);
        scan(robot, member("m1"));
        assertThat(text(robot, "#vote-hint")).isEqualTo("아직 투표가 시작되지 않았습니다.");
        robot.interact(() -> scheduler.advance(Duration.ofHours(1)));
        assertThat(visible(robot, "#vote")).as("the vote button once the poll opens").isTrue();
        robot.interact(() -> scheduler.advance(Duration.ofHours(1)));
        assertThat(visible(robot, "#vote")).isFalse();
        assertThat(records(RecordKind.VOTE_CLOSE)).as("closed by the schedule").hasSize(1);
        robot.interact(vm::startVoting);
        scan(robot, member("m1"));
        assertThat(text(robot, "#vote-hint")).isEqualTo("투표가 마감되었습니다.");
    }

    @Test
    void abandoningAndTheIdleResetRecordNothingAndLeaveNothingOnScreen(FxRobot robot) throws Exception {
        show(robot, VoteFixtures.single());
        robot.clickOn("#vote");
        scan(robot, member("m1"));
        robot.clickOn("#vote-item-yes").clickOn("#vote-next");
        robot.clickOn("#vote-home");
        assertThat(vm.screen().get()).isEqualTo(Screen.ATTRACT);
        robot.clickOn("#vote");
        scan(robot, member("m1"));
        robot.clickOn("#vote-item-no");
        robot.interact(() -> scheduler.advance(Duration.ofSeconds(150)));
        assertThat(vm.screen().get()).isEqualTo(Screen.ATTRACT);
        assertThat(vm.vote().draft().get()).isEmpty();
        assertThat(journal.lastSeq()).isZero();
        // Not voted: the same person may still vote.
        robot.clickOn("#vote");
        scan(robot, member("m1"));
        assertThat(text(robot, "#vote-title")).isEqualTo("마을 축제 올해 개최 찬반");
    }

    @Test
    void budgetShowsTheRunningTotalRefusesWhatDoesNotFitAndAcceptsExactlyTheBudget(FxRobot robot) throws Exception {
        show(robot, VoteFixtures.budget());
        robot.clickOn("#vote");
        scan(robot, member("m1"));
        assertThat(text(robot, "#vote-budget")).isEqualTo("고른 사업\n0원\n남은 예산\n5,000만 원");
        robot.clickOn("#vote-item-park").clickOn("#vote-item-bus");
        assertThat(text(robot, "#vote-budget")).isEqualTo("고른 사업\n4,500만 원\n남은 예산\n500만 원");
        robot.clickOn("#vote-item-cctv");
        assertThat(text(robot, "#vote-notice")).startsWith("남은 예산보다 비싼 사업입니다");
        robot.clickOn("#vote-item-bus").clickOn("#vote-item-cctv");
        assertThat(text(robot, "#vote-budget")).isEqualTo("고른 사업\n5,000만 원\n남은 예산\n0원");
        robot.clickOn("#vote-next").clickOn("#vote-confirm");
        journal.releaseBox("poll:budget");
        assertThat(records(RecordKind.VOTE_BALLOT).getFirst().body().text())
                .isEqualTo("{\"choices\":[\"park\",\"cctv\"],\"poll\":\"budget\"}");
    }

    @Test
    void rankedBallotsShowPlacesAndRecordTheOrderTapped(FxRobot robot) throws Exception {
        show(robot, VoteFixtures.ranked());
        robot.clickOn("#vote");
        scan(robot, member("m1"));
        robot.clickOn("#vote-item-c").clickOn("#vote-item-a").clickOn("#vote-item-d");
        assertThat(text(robot, "#vote-rank-c")).isEqualTo("1순위");
        assertThat(text(robot, "#vote-rank-d")).isEqualTo("3순위");
        robot.clickOn("#vote-item-b");
        assertThat(text(robot, "#vote-notice")).startsWith("더 고를 수 없습니다");
        robot.clickOn("#vote-next");
        assertThat(text(robot, "#vote-review-a")).isEqualTo("2순위  주차 문제");
        robot.clickOn("#vote-confirm");
        journal.releaseBox("poll:ranked");
        assertThat(records(RecordKind.VOTE_BALLOT).getFirst().body().text())
                .isEqualTo("{\"choices\":[\"c\",\"a\",\"d\"],\"poll\":\"ranked\"}");
    }

    @Test
    void singleChoiceReplacesAndApprovalStopsAtItsMaximum(FxRobot robot) throws Exception {
        show(robot, VoteFixtures.agenda(), VoteFixtures.single());
        robot.clickOn("#vote");
        scan(robot, member("m1"));
        robot.clickOn("#vote-poll-single").clickOn("#vote-item-yes").clickOn("#vote-item-no");
        assertThat(vm.vote().draft().get().orElseThrow().chosen()).containsExactly("no");
        robot.clickOn("#vote-next").clickOn("#vote-confirm");
        robot.interact(() -> scheduler.advance(UiTimeouts.DEFAULTS.feedbackShown()));
        robot.clickOn("#vote");
        scan(robot, member("m1"));
        robot.clickOn("#vote-item-benches").clickOn("#vote-item-lights").clickOn("#vote-item-library")
                .clickOn("#vote-item-market");
        assertThat(text(robot, "#vote-notice")).startsWith("더 고를 수 없습니다");
        assertThat(vm.vote().draft().get().orElseThrow().chosen()).containsExactly("benches", "lights", "library");
    }

    @Test
    void staffCloseAPollAfterConfirmingAndTheSheetsQrVerifiesWithTheDeviceKey(FxRobot robot) throws Exception {
        show(robot, VoteFixtures.single());
        for (String who : List.of("a", "b", "c")) {
            robot.clickOn("#vote");
            scan(robot, member(who));
            robot.clickOn(who.equals("c") ? "#vote-item-no" : "#vote-item-yes").clickOn("#vote-next")
                    .clickOn("#vote-confirm");
            robot.interact(() -> scheduler.advance(UiTimeouts.DEFAULTS.feedbackShown()));
        }
        scan(robot, Fixtures.STAFF_CARD);
        robot.clickOn("#staff-voting");
        assertThat(text(robot, "#vote-staff-state-single")).isEqualTo("진행 중 · 투표 3명");
        robot.clickOn("#vote-close-single");
        assertThat(text(robot, "#vote-close-question")).isEqualTo("“마을 축제 올해 개최 찬반” 투표를 마감할까요?");
        robot.clickOn("#vote-close-no");
        assertThat(records(RecordKind.VOTE_CLOSE)).isEmpty();
        robot.clickOn("#vote-close-single").clickOn("#vote-close-yes");
        assertThat(text(robot, "#vote-sheet-count-yes")).isEqualTo("2표");
        assertThat(text(robot, "#vote-sheet-count-no")).isEqualTo("1표");
        assertThat(text(robot, "#vote-sheet-device")).isEqualTo("wolgok-01");
        assertThat(text(robot, "#vote-sheet-methods")).isEqualTo("회원 3 · 투표권 0 · 직원 0");
        assertThat(text(robot, "#vote-sheet-secrecy")).startsWith("투표자가 10명보다 적어");
        Image image = robot.lookup("#vote-sheet-qr").queryAs(ImageView.class).getImage();
        String decoded = decode(image);
        assertThat(decoded).startsWith(ClosingQrText.PREFIX);
        JournalRecord record;
        try (JsonParser parser = new JsonFactory().createParser(ClosingQrText.json(decoded))) {
            parser.nextToken();
            record = RecordJson.read(parser);
        }
        assertThat(record.body().tree().get("counts").get("yes").asInt()).isEqualTo(2);
        assertThat(record.body().tree().get("closedBy").asText()).isEqualTo("staff:s-1");
        assertThat(RecordHasher.hash(record.seq(), record.id(), record.kind(), record.body(), record.clock(),
                record.prevHash(), record.keyId())).isEqualTo(record.hash());
        assertThat(TestKeys.fixedDeviceKey().publicKey().verifies(record.hash().bytes(), record.signature())).isTrue();
        robot.clickOn("#vote-sheet-close");
        assertThat(text(robot, "#vote-staff-state-single")).isEqualTo("마감 · 투표 3명");
        robot.clickOn("#vote-staff-back").clickOn("#staff-exit");
        assertThat(visible(robot, "#vote")).isFalse();
    }

    @Test
    void ballotScreensReadThemselvesAloudInKoreanWithoutPersonalData(FxRobot robot) throws Exception {
        show(robot, VoteFixtures.budget());
        robot.clickOn("#vote");
        scan(robot, member("secret-member-id"));
        assertThat(spoken).hasSize(1);
        assertThat(spoken.getFirst()).startsWith("중구 주민참여예산 동 사업 투표. 예산 50,000,000원 안에서 사업을 골라 주세요. 1번, 어린이 공원 정비 30,000,000원");
        robot.clickOn("#vote-replay");
        assertThat(spoken).hasSize(2);
        robot.clickOn("#vote-item-mural").clickOn("#vote-next");
        assertThat(spoken.getLast()).startsWith("선택하신 내용. 벽화 거리.");
        assertThat(spoken).noneMatch(s -> s.contains("secret-member-id") || s.contains("p:"));
    }

    private static String decode(Image image) throws Exception {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(out))))
                .getText();
    }
}
