package org.madang.kiosk.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.device.token.TokenRejection;
import org.madang.kiosk.checkin.CheckinOutcome;
import org.madang.kiosk.checkin.CheckinRefusal;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.UiTimeouts;
import org.madang.kiosk.ui.port.DeviceStatus;
import org.madang.kiosk.ui.port.KioskServices;
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
 * Every screen at the four panel sizes, landscape and portrait, saved as PNG for people to look
 * at; and checked for what a person would notice ({@link LayoutChecks}: buttons too small to touch
 * or without words, text cut off, controls outside the window).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {

    private static final int[][] SIZES = {{800, 480}, {1024, 600}, {1280, 800}, {1920, 1080}};

    /** A screen state to photograph. */
    private record Shot(String name, Consumer<KioskViewModel> prepare) {
    }

    private static final List<Shot> SHOTS = List.of(
            new Shot("attract", vm -> { }),
            new Shot("attract-en-large-contrast", vm -> {
                vm.toggleLanguage();
                vm.toggleLargeText();
                vm.toggleHighContrast();
            }),
            new Shot("checkin-ready", KioskViewModel::startCheckin),
            new Shot("checkin-ready-en-large", vm -> {
                vm.toggleLanguage();
                vm.toggleLargeText();
                vm.startCheckin();
            }),
            // A camera that has not delivered yet (its box and "starting"), and one that failed.
            new Shot("checkin-camera-starting", vm -> {
                vm.camera().started();
                vm.startCheckin();
            }),
            new Shot("checkin-camera-unavailable-en", vm -> {
                vm.camera().started();
                vm.camera().ended();
                vm.toggleLanguage();
                vm.startCheckin();
            }),
            new Shot("checkin-accepted", vm -> scan(vm, "ok")),
            new Shot("checkin-duplicate", vm -> scan(vm, "dup")),
            new Shot("checkin-refused", vm -> scan(vm, "expired")),
            new Shot("checkin-refused-en-large", vm -> {
                vm.toggleLanguage();
                vm.toggleLargeText();
                scan(vm, "not-recorded");
            }),
            new Shot("pin-locked", vm -> {
                vm.openPinPad();
                for (int i = 0; i < 5; i++) {
                    "111111".chars().forEach(c -> vm.pinPad().press((char) c));
                    vm.pinPad().submit();
                }
                "12".chars().forEach(c -> vm.pinPad().press((char) c));
            }),
            new Shot("pin-large", vm -> {
                vm.toggleLargeText();
                vm.openPinPad();
                "123".chars().forEach(c -> vm.pinPad().press((char) c));
            }),
            new Shot("staff", vm -> vm.scanned(Fixtures.STAFF_CARD, ScanSource.KEYBOARD_WEDGE)),
            // Upload states with what staff act on: the waiting count and the failure's code.
            new Shot("staff-waiting-en", vm -> {
                vm.toggleLanguage();
                vm.scanned(Fixtures.STAFF_CARD, ScanSource.KEYBOARD_WEDGE);
            }),
            new Shot("staff-failing", vm -> vm.scanned(Fixtures.STAFF_CARD, ScanSource.KEYBOARD_WEDGE)),
            new Shot("staff-failing-en", vm -> {
                vm.toggleLanguage();
                vm.scanned(Fixtures.STAFF_CARD, ScanSource.KEYBOARD_WEDGE);
            }),
            // The tallest staff screens: failing (a sixth row) in large text and high contrast, both
            // languages; and a device that never synced.
            new Shot("staff-failing-large-contrast", vm -> {
                vm.toggleLargeText();
                vm.toggleHighContrast();
                vm.scanned(Fixtures.STAFF_CARD, ScanSource.KEYBOARD_WEDGE);
            }),
            new Shot("staff-failing-en-large-contrast", vm -> {
                vm.toggleLanguage();
                vm.toggleLargeText();
                vm.toggleHighContrast();
                vm.scanned(Fixtures.STAFF_CARD, ScanSource.KEYBOARD_WEDGE);
            }),
            // The longest problem line: the central's TLS certificate is not trusted (install the CA).
            new Shot("staff-untrusted", vm -> vm.scanned(Fixtures.STAFF_CARD, ScanSource.KEYBOARD_WEDGE)),
            new Shot("staff-untrusted-en", vm -> {
                vm.toggleLanguage();
                vm.scanned(Fixtures.STAFF_CARD, ScanSource.KEYBOARD_WEDGE);
            }),
            new Shot("staff-never-en", vm -> {
                vm.toggleLanguage();
                vm.scanned(Fixtures.STAFF_CARD, ScanSource.KEYBOARD_WEDGE);
            }),
            new Shot("countdown", vm -> vm.openPinPad()),
            // Without a Korean font and with demo services: the two banners.
            new Shot("banners-no-font-demo", vm -> { }));

    private static final LayoutChecks CHECKS = new LayoutChecks();

    private final Texts texts = new Texts();

    @Start
    void start(Stage stage) {
        // Snapshots render scenes off-window; the stage only brings up the toolkit.
    }

    @Test
    void everyScreenFitsEverySizeWithTouchableButtonsAndIsSaved(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        List<Path> saved = new ArrayList<>();
        robot.interact(() -> {
            for (int[] size : SIZES) {
                for (boolean portrait : new boolean[] {false, true}) {
                    int width = portrait ? size[1] : size[0];
                    int height = portrait ? size[0] : size[1];
                    for (Shot shot : SHOTS) {
                        String name = shot.name() + "-" + width + "x" + height;
                        Scene scene = photograph(shot, width, height);
                        saved.add(Snapshots.save(scene, name));
                        problems.addAll(CHECKS.inspect(scene.getRoot(), name, 1));
                        if (shot.name().startsWith("staff") && !shot.name().contains("large")) {
                            problems.addAll(factsShowWhole(scene.getRoot(), name));
                        }
                    }
                }
            }
        });
        assertThat(saved).allMatch(Files::exists);
        assertThat(problems).isEmpty();
    }

    @Test
    void staffModeShowsTheUploadStateAndHowManyRecordsWait(FxRobot robot) {
        List<String> shown = new ArrayList<>();
        robot.interact(() -> {
            for (Shot shot : List.of(new Shot("staff", vm -> vm.scanned(Fixtures.STAFF_CARD, ScanSource.KEYBOARD_WEDGE)),
                    new Shot("staff-en", vm -> {
                        vm.toggleLanguage();
                        vm.scanned(Fixtures.STAFF_CARD, ScanSource.KEYBOARD_WEDGE);
                    }), SHOTS.stream().filter(s -> s.name().equals("staff-waiting-en")).findFirst().orElseThrow(),
                    SHOTS.stream().filter(s -> s.name().equals("staff-failing")).findFirst().orElseThrow())) {
                Parent root = photograph(shot, 800, 480).getRoot();
                Labeled problem = (Labeled) root.lookup("#staff-sync-problem");
                shown.add(((Labeled) root.lookup("#staff-sync")).getText().replace(LastSyncText.NO_BREAK, ' ') + " | "
                        + (problem == null ? "-" : problem.getText()));
            }
        });
        assertThat(shown).containsExactly("전송 완료 · 09:58 (2분 전) | -", "Synced · 09:58 (2 min ago) | -",
                "Waiting (17 records) · 09:58 (2 min ago) | -",
                "전송 실패 (17건 대기) · 09:58 (2분 전) | 미등록 단말: sync-agent enroll 실행");
    }

    /**
     * At normal text size staff see every fact without scrolling (large text may scroll them): the
     * facts' scroll pane shows its whole content.
     */
    private static List<String> factsShowWhole(Parent root, String name) {
        ScrollPane facts = (ScrollPane) root.lookup("#staff-facts-scroll");
        if (facts == null) {
            return List.of(); // stacked: the facts are not in a scroll pane (and inside the window, checked above)
        }
        double content = facts.getContent().getLayoutBounds().getHeight();
        double shown = facts.getViewportBounds().getHeight();
        return content <= shown + 1 ? List.of()
                : List.of(name + ": staff facts need scrolling (" + (int) content + " px in " + (int) shown + ")");
    }

    private Scene photograph(Shot shot, int width, int height) {
        ManualScheduler scheduler = new ManualScheduler(Fixtures.NOW);
        FakeCheckinDesk desk = new FakeCheckinDesk()
                .answer(new CheckinOutcome.Accepted(Fixtures.CLEANUP, 1000, 42, Fixtures.NOW))
                .answer(new CheckinOutcome.Duplicate(Fixtures.CLEANUP, Instant.parse("2026-11-22T01:32:00Z")))
                .answer(new CheckinOutcome.Rejected(CheckinRefusal.TOKEN_REJECTED, Optional.of(TokenRejection.EXPIRED)))
                .answer(new CheckinOutcome.Rejected(CheckinRefusal.NOT_RECORDED, Optional.empty()));
        boolean banners = shot.name().startsWith("banners");
        DeviceStatus status = shot.name().startsWith("staff-waiting") ? Fixtures.WAITING_STATUS
                : shot.name().startsWith("staff-failing") ? Fixtures.FAILING_STATUS
                : shot.name().startsWith("staff-untrusted") ? Fixtures.UNTRUSTED_STATUS
                : shot.name().startsWith("staff-never") ? Fixtures.NEVER_SYNCED_STATUS : Fixtures.STATUS;
        KioskServices services = Fixtures.services(desk, new RecordingTones(), status);
        if (banners) {
            services = new KioskServices(services.desk(), services.tokens(), services.events(), services.status(),
                    services.adminPin(), services.tones(), true);
        }
        KioskViewModel vm = new KioskViewModel(services, scheduler.clock(), scheduler, new SameThreadBackground(),
                UiTimeouts.DEFAULTS);
        vm.start();
        KioskView view = new KioskView(vm, texts, banners ? Optional.empty() : KoreanFont.find());
        Scene scene = new Scene(view.root(), width, height);
        // Answers are consumed in order: skip to the one this shot wants.
        String wanted = shot.name();
        int skip = wanted.contains("duplicate") ? 1 : wanted.contains("refused-en") ? 3 : wanted.contains("refused") ? 2 : 0;
        for (int i = 0; i < skip; i++) {
            desk.checkIn("skip", ScanSource.KEYBOARD_WEDGE, "cleanup");
        }
        shot.prepare().accept(vm);
        if (wanted.equals("countdown")) {
            scheduler.advance(Duration.ofSeconds(125));
        }
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return scene;
    }

    private static void scan(KioskViewModel vm, String code) {
        vm.startCheckin();
        vm.scanned(code, ScanSource.KEYBOARD_WEDGE);
    }
}
