package org.madang.kiosk.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.UiTimeouts;
import org.madang.kiosk.ui.port.DeviceStatus;
import org.madang.kiosk.ui.port.KioskServices;
import org.madang.kiosk.ui.port.SyncState;
import org.madang.kiosk.ui.testing.FakeCheckinDesk;
import org.madang.kiosk.ui.testing.Fixtures;
import org.madang.kiosk.ui.testing.ManualScheduler;
import org.madang.kiosk.ui.testing.RecordingTones;
import org.madang.kiosk.ui.testing.SameThreadBackground;
import org.madang.kiosk.ui.text.LastSyncText;
import org.madang.kiosk.ui.text.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Staff mode in a real window at 800×480: the upload row says when the terminal last synced, and
 * that moves on (the age, and a newer sync) while staff mode stays open, from the fake clock.
 */
@ExtendWith(ApplicationExtension.class)
class StaffUiTest {

    private final ManualScheduler scheduler = new ManualScheduler(Fixtures.NOW);
    private final AtomicReference<DeviceStatus> device = new AtomicReference<>(Fixtures.STATUS);
    private final AtomicInteger reads = new AtomicInteger();
    private KioskViewModel vm;

    @Start
    void start(Stage stage) {
        KioskServices fixtures = Fixtures.services(new FakeCheckinDesk(), new RecordingTones());
        KioskServices services = new KioskServices(fixtures.desk(), fixtures.tokens(), fixtures.events(), () -> {
            reads.incrementAndGet();
            return device.get();
        },
                fixtures.adminPin(), fixtures.tones(), false);
        vm = new KioskViewModel(services, scheduler.clock(), scheduler, new SameThreadBackground(),
                UiTimeouts.DEFAULTS);
        KioskView view = new KioskView(vm, new Texts(), KoreanFont.find());
        stage.setScene(new Scene(view.root(), 800, 480));
        stage.show();
        vm.start();
    }

    @Test
    void theUploadRowShowsTheLastSyncTimeAndHowLongAgo(FxRobot robot) {
        openStaffMode(robot);
        assertThat(sync(robot)).isEqualTo("전송 완료 · 09:58 (2분 전)");
        robot.interact(vm::toggleLanguage);
        assertThat(sync(robot)).isEqualTo("Synced · 09:58 (2 min ago)");
    }

    @Test
    void aTerminalThatNeverSyncedSaysSo(FxRobot robot) {
        device.set(Fixtures.NEVER_SYNCED_STATUS);
        openStaffMode(robot);
        assertThat(sync(robot)).isEqualTo("아직 전송 안 됨 (1,234건) · 동기화한 적 없음");
    }

    @Test
    void howLongAgoMovesOnWhileStaffModeStaysOpen(FxRobot robot) {
        openStaffMode(robot);
        robot.interact(() -> scheduler.advance(Duration.ofSeconds(60)));
        assertThat(sync(robot)).isEqualTo("전송 완료 · 09:58 (3분 전)");
        // Staff still at the screen (a touch keeps staff mode open past its idle time).
        robot.interact(() -> {
            vm.touched();
            scheduler.advance(Duration.ofSeconds(100));
            vm.touched();
            scheduler.advance(Duration.ofSeconds(100));
        });
        assertThat(sync(robot)).isEqualTo("전송 완료 · 09:58 (6분 전)");
    }

    @Test
    void aSyncThatFinishesWhileStaffModeIsOpenIsShownWithoutReopening(FxRobot robot) {
        openStaffMode(robot);
        DeviceStatus before = Fixtures.STATUS;
        device.set(new DeviceStatus(before.deviceId(), before.site(), true, before.journalBytes(),
                before.recordCount(), SyncState.SYNCED, Optional.of(Fixtures.NOW.plusSeconds(20)), 0,
                Optional.empty()));
        robot.interact(() -> scheduler.advance(Duration.ofSeconds(30)));
        assertThat(sync(robot)).isEqualTo("전송 완료 · 10:00 (방금)");
    }

    @Test
    void leavingStaffModeStopsTheRefresh(FxRobot robot) {
        openStaffMode(robot);
        robot.interact(() -> scheduler.advance(Duration.ofSeconds(60)));
        assertThat(reads.get()).as("read on opening and every 30 s").isEqualTo(3);
        robot.interact(vm::home);
        robot.interact(() -> scheduler.advance(Duration.ofMinutes(5)));
        assertThat(reads.get()).isEqualTo(3);
        assertThat(vm.staff().status().get()).isEmpty();
    }

    private void openStaffMode(FxRobot robot) {
        robot.interact(() -> vm.scanned(Fixtures.STAFF_CARD, ScanSource.KEYBOARD_WEDGE));
    }

    private static String sync(FxRobot robot) {
        return ((Labeled) robot.lookup("#staff-sync").query()).getText().replace(LastSyncText.NO_BREAK, ' ');
    }
}
