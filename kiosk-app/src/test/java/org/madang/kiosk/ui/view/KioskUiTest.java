package org.madang.kiosk.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.device.token.TokenRejection;
import org.madang.kiosk.checkin.CheckinOutcome;
import org.madang.kiosk.checkin.CheckinRefusal;
import org.madang.kiosk.hardware.BuzzerPattern;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.UiTimeouts;
import org.madang.kiosk.ui.testing.FakeCheckinDesk;
import org.madang.kiosk.ui.testing.Fixtures;
import org.madang.kiosk.ui.testing.ManualScheduler;
import org.madang.kiosk.ui.testing.RecordingTones;
import org.madang.kiosk.ui.testing.SameThreadBackground;
import org.madang.kiosk.ui.testing.WedgeScan;
import org.madang.kiosk.ui.text.LastSyncText;
import org.madang.kiosk.ui.text.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk in a real window on a real (virtual) X server, touched through the robot. Scans enter
 * as key bursts through the scene's keyboard-wedge filter, as a USB scanner types them.
 */
@ExtendWith(ApplicationExtension.class)
class KioskUiTest {

    private final ManualScheduler scheduler = new ManualScheduler(Fixtures.NOW);
    private final FakeCheckinDesk desk = new FakeCheckinDesk();
    private final RecordingTones tones = new RecordingTones();
    private KioskViewModel vm;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        vm = new KioskViewModel(Fixtures.services(desk, tones), scheduler.clock(), scheduler,
                new SameThreadBackground(), UiTimeouts.DEFAULTS);
        KioskView view = new KioskView(vm, new Texts(), KoreanFont.find());
        Scene scene = new Scene(view.root(), 800, 480);
        view.watchTouches(scene);
        view.acceptKeyboardScanner(scene, org.madang.kiosk.ui.testing.WedgeScan.TIMING);
        primary.setScene(scene);
        KioskLock.lock(primary, scene, false);
        primary.setX(0);
        primary.setY(0);
        primary.show();
        vm.start();
    }

    @Test
    void checkInFromTheWelcomeScreenShowsAGreenConfirmationWithThePoints(FxRobot robot) {
        desk.answer(new CheckinOutcome.Accepted(Fixtures.CLEANUP, 1000, 7, Fixtures.NOW));
        robot.clickOn("#checkin");
        assertThat(text(robot, "#instruction")).isEqualTo("회원 QR 코드를 아래 스캐너에 대어 주세요");
        scan("member-code");
        assertThat(robot.lookup("#feedback").query().getStyleClass()).contains("feedback-accepted");
        assertThat(text(robot, "#feedback-title")).isEqualTo("참여 확인되었습니다");
        assertThat(text(robot, "#feedback-detail")).startsWith("1,000포인트 적립 예정");
        assertThat(tones.played()).containsExactly(BuzzerPattern.SUCCESS);
    }

    @Test
    void aDuplicateSaysWhenTheEarlierCheckInWas(FxRobot robot) {
        desk.answer(new CheckinOutcome.Duplicate(Fixtures.CLEANUP, Instant.parse("2026-11-22T01:32:00Z")));
        robot.clickOn("#checkin");
        scan("member-code");
        assertThat(text(robot, "#feedback-detail")).startsWith("이미 10:32에 참여 확인되었습니다");
    }

    @Test
    void aRefusalSaysWhyAndWhatToDo(FxRobot robot) {
        desk.answer(new CheckinOutcome.Rejected(CheckinRefusal.TOKEN_REJECTED, Optional.of(TokenRejection.EXPIRED)));
        robot.clickOn("#checkin");
        scan("old-code");
        assertThat(text(robot, "#feedback-title")).isEqualTo("참여 확인이 되지 않았습니다");
        assertThat(text(robot, "#feedback-detail")).isEqualTo(
                "QR 코드의 유효 시간이 지났습니다. 구 앱에서 새로 고친 뒤 다시 대어 주세요.");
    }

    @Test
    void touchingTheOutcomeMakesTheScreenReadyForTheNextPerson(FxRobot robot) {
        desk.answer(new CheckinOutcome.Accepted(Fixtures.CLEANUP, 1000, 7, Fixtures.NOW));
        robot.clickOn("#checkin");
        scan("member-code");
        robot.clickOn("#feedback");
        assertThat(robot.lookup("#feedback").query().isVisible()).isFalse();
        assertThat(robot.lookup("#instruction").query().isVisible()).isTrue();
    }

    @Test
    void aStaffCardOpensStaffModeWithTheDeviceStatus(FxRobot robot) {
        scan(Fixtures.STAFF_CARD);
        assertThat(text(robot, "#staff-device")).isEqualTo("myeongdong-01");
        assertThat(text(robot, "#staff-sync").replace(LastSyncText.NO_BREAK, ' ')).isEqualTo("전송 완료 · 09:58 (2분 전)");
        assertThat(text(robot, "#staff-who")).isEqualTo("김민지 님");
        robot.clickOn("#event-assembly");
        assertThat(vm.activeEvent().get()).contains(Fixtures.ASSEMBLY);
        robot.clickOn("#staff-exit");
        assertThat(robot.lookup("#checkin").query().isVisible()).isTrue();
    }

    @Test
    void theStaffPinOpensStaffMode(FxRobot robot) {
        robot.clickOn("#staff");
        for (char digit : Fixtures.PIN.toCharArray()) {
            robot.clickOn("#pin-" + digit);
        }
        assertThat(text(robot, "#pin-dots")).isEqualTo("● ● ● ● ● ●");
        robot.clickOn("#pin-ok");
        assertThat(text(robot, "#staff-who")).isEqualTo("직원 비밀번호로 열림");
    }

    @Test
    void fiveWrongPinsLockThePadAndShowTheTimeLeft(FxRobot robot) {
        robot.clickOn("#staff");
        for (int attempt = 0; attempt < 5; attempt++) {
            robot.clickOn("#pin-1").clickOn("#pin-1").clickOn("#pin-1").clickOn("#pin-1").clickOn("#pin-ok");
        }
        assertThat(text(robot, "#pin-status")).isEqualTo("비밀번호를 여러 번 틀렸습니다. 30초 뒤에 다시 시도하세요.");
        assertThat(robot.lookup("#pin-5").query().isDisabled()).isTrue();
        robot.interact(() -> scheduler.advance(Duration.ofSeconds(12)));
        assertThat(text(robot, "#pin-status")).contains("18초");
    }

    @Test
    void anIdleScreenCountsDownAndContinueKeepsIt(FxRobot robot) {
        robot.clickOn("#checkin");
        robot.interact(() -> scheduler.advance(UiTimeouts.DEFAULTS.feedback().idle()));
        assertThat(robot.lookup("#countdown").query().isVisible()).isTrue();
        assertThat(text(robot, "#idle-seconds")).isEqualTo("20");
        robot.clickOn("#idle-continue");
        assertThat(robot.lookup("#countdown").query().isVisible()).isFalse();
        assertThat(robot.lookup("#instruction").query().isVisible()).isTrue();
    }

    @Test
    void anIdleScreenReturnsToAFreshWelcomeScreenWithoutRecording(FxRobot robot) {
        desk.answer(new CheckinOutcome.Accepted(Fixtures.CLEANUP, 1000, 7, Fixtures.NOW));
        robot.clickOn("#language");
        robot.clickOn("#checkin");
        scan("member-code");
        robot.interact(() -> scheduler.advance(Duration.ofSeconds(45 + 20)));
        assertThat(robot.lookup("#countdown").query().isVisible()).isFalse();
        assertThat(robot.lookup("#checkin").query().isVisible()).isTrue();
        assertThat(text(robot, "#checkin")).isEqualTo("QR 코드로 참여 확인");
        assertThat(robot.lookup("#feedback").query().isVisible()).isFalse();
        assertThat(desk.calls()).hasSize(1);
    }

    @Test
    void oneTapSwitchesTheLanguageBothWays(FxRobot robot) {
        assertThat(text(robot, "#language")).isEqualTo("English");
        robot.clickOn("#language");
        assertThat(text(robot, "#checkin")).isEqualTo("QR check-in");
        assertThat(text(robot, "#language")).isEqualTo("한국어");
        robot.clickOn("#language");
        assertThat(text(robot, "#checkin")).isEqualTo("QR 코드로 참여 확인");
    }

    @Test
    void largeTextAndHighContrastShowTheirStateInWords(FxRobot robot) {
        double before = robot.lookup("#checkin").queryLabeled().getFont().getSize();
        assertThat(Widgets.rootFontPx(robot.lookup("#checkin").query())).as("28 px at 800x480").isEqualTo(28.0);
        robot.clickOn("#large-text");
        robot.clickOn("#high-contrast");
        assertThat(text(robot, "#large-text")).isEqualTo("큰 글씨\n켜짐");
        assertThat(text(robot, "#high-contrast")).isEqualTo("고대비\n켜짐");
        assertThat(robot.lookup("#checkin").queryLabeled().getFont().getSize()).isGreaterThan(before * 1.2);
        assertThat(Widgets.rootFontPx(robot.lookup("#checkin").query())).as("what layouts compute with")
                .isEqualTo(28.0 * KioskView.LARGE_TEXT_FACTOR);
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("high-contrast", "large-text");
    }

    @Test
    void escapeShortcutsAndCloseRequestsDoNotLeaveTheKiosk(FxRobot robot) {
        robot.clickOn("#checkin");
        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.ALT, KeyCode.F4);
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        robot.push(KeyCode.CONTROL, KeyCode.W);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(stage.isShowing()).isTrue();
        assertThat(robot.lookup("#instruction").query().isVisible()).isTrue();
    }

    private void scan(String payload) {
        WedgeScan.type(stage, payload);
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Labeled) node).getText();
    }
}
