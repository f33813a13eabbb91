package org.madang.kiosk.ui.view.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.madang.kiosk.scan.fx.KeyboardWedgeFilter;
import org.madang.kiosk.setup.SetupFixtures;
import org.madang.kiosk.setup.TerminalChecks;
import org.madang.kiosk.ui.model.setup.SetupViewModel;
import org.madang.kiosk.ui.testing.ManualScheduler;
import org.madang.kiosk.ui.testing.WedgeScan;
import org.madang.kiosk.ui.text.Texts;
import org.madang.kiosk.ui.view.FxScanBridge;
import org.madang.kiosk.ui.view.KoreanFont;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Set-up mode in a real window: the enrollment QR typed by a keyboard-wedge scanner, the real
 * provisioning into a real data folder (the central is not there, so it queues), the check list
 * waiting for content until the sync agent's bundle lands, then the start. Screenshots at 800×480
 * and 1920×1080 in both languages, with the layout checks of the other screens.
 */
@ExtendWith(ApplicationExtension.class)
class SetupUiTest {

    @TempDir
    static Path temp;

    private final ManualScheduler scheduler = new ManualScheduler(SetupFixtures.NOW);
    private Path dataDir;
    private Path usb;
    private SetupViewModel vm;
    private Stage stage;
    private int starts;
    private TerminalChecks.CentralProbe.Reach centralReach = TerminalChecks.CentralProbe.Reach.UNREACHABLE;

    @Start
    void start(Stage primary) throws Exception {
        stage = primary;
        Path run = Files.createTempDirectory(temp, "run");
        dataDir = run.resolve("device");
        usb = Files.createDirectories(run.resolve("media"));
        vm = SetupScreens.viewModel(dataDir, usb, scheduler, false, () -> starts++, (url, pinned) -> centralReach);
        SetupView view = new SetupView(vm, new Texts(), KoreanFont.find());
        Scene scene = new Scene(view.root(), 800, 480);
        KeyboardWedgeFilter.install(scene, WedgeScan.TIMING, new FxScanBridge(vm::scanned));
        primary.setScene(scene);
        primary.setX(0);
        primary.setY(0);
        primary.show();
    }

    /** What the network line must say (in English, the language the photographs end in) on the steps that change it. */
    private static final java.util.Map<String, String> NETWORK_LINES = java.util.Map.of(
            "checks-untrusted", "certificate is not trusted",
            "checks-dates", "not valid at this terminal's time",
            "checks-ca-bad", "central-ca.pem holds no certificate");

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void staffScanTheEnrollmentQrThenTheCheckListWaitsForContentBeforeTheKioskStarts(FxRobot robot) throws Exception {
        assertThat(text(robot, "#setup-instruction")).isEqualTo("등록 QR 코드를 스캐너에 대어 주세요");

        scan(SetupFixtures.qr(SetupFixtures.unreachable(), SetupFixtures.NOW.plusSeconds(3600)));

        assertThat(text(robot, "#setup-done")).startsWith("명동(1114055000) 단말 kiosk-");
        assertThat(text(robot, "#setup-check-enrolled")).startsWith("등록 대기 중");
        assertThat(text(robot, "#setup-check-content")).startsWith("아직 없습니다");
        assertThat(robot.lookup("#setup-start").queryButton().isDisabled()).isTrue();
        robot.clickOn("#setup-start");
        assertThat(starts).isZero();

        SetupFixtures.contentArrives(dataDir);
        robot.interact(() -> scheduler.advance(SetupViewModel.RECHECK));

        assertThat(text(robot, "#setup-check-content")).isEqualTo("버전 1: 행사 1개, 투표 0개, 설문 0개");
        assertThat(robot.lookup("#setup-start").queryButton().isDisabled()).isFalse();
        robot.clickOn("#setup-pin");
        for (String round : List.of("first", "confirm")) {
            for (char digit : "246810".toCharArray()) {
                robot.clickOn("#setup-pin-" + digit);
            }
            assertThat(text(robot, "#setup-pin-dots")).as(round).isEqualTo("● ● ● ● ● ●");
            robot.clickOn("#setup-pin-ok");
        }
        assertThat(text(robot, "#setup-pin-saved")).isEqualTo("관리자 비밀번호를 정했습니다.");
        robot.clickOn("#setup-start");
        assertThat(starts).isEqualTo(1);
    }

    @Test
    void aForgedQrIsRefusedOnScreenInKoreanAndEnglishAndNothingIsWritten(FxRobot robot) throws Exception {
        scan("MADANG-ENROLL1:not-a-real-code");

        assertThat(text(robot, "#setup-problem-0")).contains("아무것도 바꾸지 않았습니다");
        robot.clickOn("#setup-language");
        assertThat(text(robot, "#setup-problem-0")).contains("nothing was changed");
        assertThat(text(robot, "#setup-instruction")).isEqualTo("Hold the enrollment QR code to the scanner");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void everySetUpScreenFitsBothWindowSizesInBothLanguages(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        List<Runnable> steps = List.of(
                () -> { },
                () -> vm.scanned("hello", org.madang.kiosk.scan.ScanSource.KEYBOARD_WEDGE),
                () -> {
                    try {
                        Files.writeString(usb.resolve("enrollment-1114055000-aaaa1111.txt"), "x");
                        Files.writeString(usb.resolve("enrollment-1114060000-bbbb2222.txt"), "y");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    vm.readUsb();
                },
                () -> {
                    try {
                        vm.scanned(SetupFixtures.qr(SetupFixtures.unreachable(), SetupFixtures.NOW.plusSeconds(3600)),
                                org.madang.kiosk.scan.ScanSource.SERIAL);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                () -> {
                    try {
                        SetupFixtures.contentArrives(dataDir);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    scheduler.advance(SetupViewModel.RECHECK);
                });
        steps = new ArrayList<>(steps);
        steps.add(() -> {
            vm.choosePin();
            "2468".chars().forEach(c -> vm.pinDigit((char) c));
        });
        // The network line's longest sentences: a certificate refused, then a pinned CA file gone bad.
        steps.add(() -> {
            vm.cancelPin();
            centralReach = TerminalChecks.CentralProbe.Reach.UNTRUSTED;
            scheduler.advance(SetupViewModel.RECHECK);
        });
        steps.add(() -> {
            centralReach = TerminalChecks.CentralProbe.Reach.DATE_REFUSED;
            scheduler.advance(SetupViewModel.RECHECK);
        });
        steps.add(() -> {
            try {
                Path pin = org.madang.device.keys.CentralCaFile.in(dataDir).file();
                Files.createDirectories(pin.getParent());
                Files.writeString(pin, "not a certificate\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            scheduler.advance(SetupViewModel.RECHECK);
        });
        List<String> names = List.of("scan", "refused", "usb-choose", "checks-waiting", "checks-ready", "pin",
                "checks-untrusted", "checks-dates", "checks-ca-bad");
        for (int i = 0; i < steps.size(); i++) {
            Runnable step = steps.get(i);
            robot.interact(step);
            for (int[] size : new int[][] {{800, 480}, {1920, 1080}}) {
                for (boolean english : new boolean[] {false, true}) {
                    String name = "setup-" + names.get(i) + (english ? "-en" : "") + "-" + size[0] + "x" + size[1];
                    robot.interact(() -> {
                        if (english != (vm.language().get() == org.madang.device.profile.Language.EN)) {
                            vm.toggleLanguage();
                        }
                    });
                    problems.addAll(SetupScreens.photograph(robot, stage, name, size[0], size[1]));
                }
            }
            String shown = NETWORK_LINES.get(names.get(i));
            if (shown != null) {
                assertThat(text(robot, "#setup-check-network")).as(names.get(i)).contains(shown);
            }
        }
        assertThat(problems).isEmpty();
    }

    private void scan(String payload) {
        WedgeScan.type(stage, payload);
    }
}
