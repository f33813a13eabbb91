package org.madang.kiosk.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.device.content.survey.Survey;
import org.madang.device.token.MemberToken;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.survey.SurveyDesk;
import org.madang.kiosk.survey.SurveyFixtures;
import org.madang.kiosk.survey.SurveyOutcome;
import org.madang.kiosk.survey.SurveyRun;
import org.madang.kiosk.testing.FakeTokenVerifier;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.UiTimeouts;
import org.madang.kiosk.ui.model.survey.SurveyViewModel;
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
 * Every survey page and question type at the four landscape panel sizes, checked for what a
 * person would notice (buttons under 89 px, text cut, controls outside the window or hidden in a
 * scroll pane they cannot see), and saved as {@code target/screenshots/survey-*.png} at 800×480
 * and 1920×1080 for people to look at.
 */
@ExtendWith(ApplicationExtension.class)
class SurveyScreenshotTest {

    private static final int[][] SIZES = {{800, 480}, {1024, 600}, {1280, 800}, {1920, 1080}};

    private record Shot(String name, Consumer<KioskViewModel> prepare) {
    }

    private static final List<Shot> SHOTS = List.of(
            new Shot("attract", vm -> { }),
            new Shot("attract-en-large", vm -> {
                vm.toggleLanguage();
                vm.toggleLargeText();
            }),
            new Shot("list", vm -> {
                vm.startSurvey();
            }),
            new Shot("intro", vm -> open(vm)),
            new Shot("consent", vm -> {
                open(vm);
                vm.survey().begin();
            }),
            new Shot("declined", vm -> {
                open(vm);
                vm.survey().begin();
                vm.survey().decline();
            }),
            new Shot("single-choice", vm -> question(vm, 0, s -> s.pick("weekly"))),
            new Shot("single-choice-required", vm -> question(vm, 0, SurveyViewModel::next)),
            new Shot("multiple-choice", vm -> question(vm, 1, s -> {
                s.pick("shade");
                s.pick("toilets");
            })),
            new Shot("multiple-choice-too-many", vm -> question(vm, 1, s -> {
                s.pick("shade");
                s.pick("toilets");
                s.pick("benches");
                s.pick("lights");
            })),
            new Shot("other-text", vm -> question(vm, 1, s -> {
                s.pick(SurveyRun.OTHER);
                s.entry().orElseThrow().setText("분수대");
            })),
            new Shot("rating-1-5", vm -> question(vm, 2, s -> s.rate(4))),
            new Shot("rating-0-10", vm -> question(vm, 3, s -> s.rate(8))),
            new Shot("yes-no", vm -> question(vm, 4, s -> s.answerYesNo(true))),
            new Shot("number", vm -> question(vm, 5, s -> {
                s.entry().orElseThrow().press('3');
                s.entry().orElseThrow().press('2');
            })),
            new Shot("number-out-of-range", vm -> question(vm, 5, s -> {
                s.entry().orElseThrow().press('1');
                s.entry().orElseThrow().press('2');
                s.entry().orElseThrow().press('5');
                s.next();
            })),
            new Shot("short-text", vm -> question(vm, 6, s -> s.entry().orElseThrow().setText("광산구"))),
            new Shot("long-text", vm -> question(vm, 7, s -> s.entry().orElseThrow().setText("닭갈비 가게 앞 길이 어두워요. 가로등을 더 달아 주세요."))),
            new Shot("summary", vm -> question(vm, 8, s -> { })),
            new Shot("scan", vm -> question(vm, 8, SurveyViewModel::claimPoints)),
            new Shot("recorded", vm -> question(vm, 8, s -> {
                s.claimPoints();
                vm.scanned(FakeTokenVerifier.member("m-1"), ScanSource.KEYBOARD_WEDGE);
            })),
            new Shot("already-claimed", vm -> question(vm, 8, s -> {
                s.claimPoints();
                vm.scanned(FakeTokenVerifier.member("claimed"), ScanSource.KEYBOARD_WEDGE);
            })),
            new Shot("failed", vm -> question(vm, 8, s -> {
                s.claimPoints();
                vm.scanned(FakeTokenVerifier.member("broken"), ScanSource.KEYBOARD_WEDGE);
            })),
            new Shot("multiple-choice-en-large-contrast", vm -> {
                vm.toggleLanguage();
                vm.toggleLargeText();
                vm.toggleHighContrast();
                question(vm, 1, s -> s.pick("shade"));
            }),
            new Shot("summary-en-large", vm -> {
                vm.toggleLanguage();
                vm.toggleLargeText();
                question(vm, 8, s -> { });
            }),
            new Shot("number-large-contrast", vm -> {
                vm.toggleLargeText();
                vm.toggleHighContrast();
                question(vm, 5, s -> s.entry().orElseThrow().press('7'));
            }));

    /** The pages typed on the letter keyboard, and the question each must show above it. */
    private static final java.util.Map<String, String> TYPED = java.util.Map.of(
            "other-text", "공원에 무엇이 더 필요할까요?",
            "short-text", "사시는 동 이름을 적어 주세요",
            "long-text", "구청에 하고 싶은 말씀을 적어 주세요");

    /**
     * Buttons in a scroll pane must show inside its view (a page, not a list); the on-screen
     * keyboard's keys at least 70 x 70 px at 800x480 (an elderly first-time user's finger), every
     * other button, the typing bar's included, 89 x 89.
     */
    private static final LayoutChecks CHECKS = new LayoutChecks().buttonsInView().floor("keyboard-key", 70);

    private final Texts texts = new Texts();

    @Start
    void start(Stage stage) {
        // Snapshots render scenes off-window; the stage only brings up the toolkit.
    }

    @Test
    void everySurveyPageFitsEverySizeAndIsSaved(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        List<Path> saved = new ArrayList<>();
        robot.interact(() -> {
            for (int[] size : SIZES) {
                for (Shot shot : SHOTS) {
                    String name = "survey-" + shot.name() + "-" + size[0] + "x" + size[1];
                    Scene scene = photograph(shot, size[0], size[1]);
                    if (size[0] == 800 || size[0] == 1920) {
                        saved.add(Snapshots.save(scene, name));
                    }
                    problems.addAll(CHECKS.inspect(scene.getRoot(), name, 1));
                    // A page that shows nothing passes every check above: each must show its way out.
                    String shown = shot.name().startsWith("attract") ? "#survey" : "#survey-home";
                    Node way = scene.getRoot().lookup(shown);
                    if (way == null || !LayoutChecks.visible(way) || way.getLayoutBounds().getHeight() < 89) {
                        problems.add(name + ": " + shown + " does not show");
                    }
                    if (TYPED.containsKey(shot.name())) {
                        problems.addAll(typingPage(scene, name, TYPED.get(shot.name())));
                    }
                }
            }
        });
        assertThat(saved).hasSize(SHOTS.size() * 2).allMatch(Files::exists);
        assertThat(problems).isEmpty();
    }

    /** Opens the survey screen with the park survey (and a second one on the list shot). */
    private static void open(KioskViewModel vm) {
        vm.startSurvey();
        vm.survey().choose(SurveyFixtures.park().id());
    }

    /** Opens the park survey and answers it up to question {@code index} (8: the summary), then {@code then}. */
    private static void question(KioskViewModel vm, int index, Consumer<SurveyViewModel> then) {
        open(vm);
        SurveyViewModel s = vm.survey();
        s.begin();
        s.agree();
        List<Runnable> answers = List.of(() -> s.pick("weekly"), () -> {
            s.pick("toilets");
            s.pick("shade");
            s.pick(SurveyRun.OTHER);
            s.entry().orElseThrow().setText("분수대");
        }, () -> s.rate(4), () -> s.rate(9), () -> s.answerYesNo(true), () -> {
            s.entry().orElseThrow().press('3');
            s.entry().orElseThrow().press('2');
        }, () -> s.entry().orElseThrow().setText("광산구"), () -> s.entry().orElseThrow().setText("닭갈비"));
        for (int i = 0; i < index; i++) {
            answers.get(i).run();
            s.next();
        }
        then.accept(s);
    }

    private Scene photograph(Shot shot, int width, int height) {
        ManualScheduler scheduler = new ManualScheduler(Fixtures.NOW);
        List<Survey> surveys = shot.name().equals("list")
                ? List.of(SurveyFixtures.park(), SurveyFixtures.quick("2026-bus-benches", 0),
                        SurveyFixtures.park("2026-library", 300, true, true))
                : List.of(SurveyFixtures.park());
        SurveyDesk desk = new SurveyDesk() {
            @Override
            public List<Survey> surveys() {
                return surveys;
            }

            @Override
            public SurveyOutcome submit(SurveyRun run, Optional<MemberToken> claim) {
                String member = claim.map(MemberToken::memberId).orElse("");
                return member.equals("claimed") ? new SurveyOutcome.AlreadyClaimed()
                        : member.equals("broken") ? new SurveyOutcome.Refused(SurveyOutcome.Reason.NOT_RECORDED)
                        : new SurveyOutcome.Recorded(claim.isPresent() ? run.survey().points() : 0);
            }
        };
        KioskServices services = new KioskServices(new FakeCheckinDesk(), new FakeTokenVerifier(),
                () -> List.of(Fixtures.CLEANUP), () -> Fixtures.STATUS, Optional.of(Fixtures.pinHash()),
                new RecordingTones(), false).withSurveys(desk);
        KioskViewModel vm = new KioskViewModel(services, scheduler.clock(), scheduler, new SameThreadBackground(),
                UiTimeouts.DEFAULTS);
        vm.start();
        KioskView view = new KioskView(vm, texts, KoreanFont.find());
        Scene scene = new Scene(view.root(), width, height);
        shot.prepare().accept(vm);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return scene;
    }

    /**
     * A typing page: the keyboard takes the full width (not beside the action column), the question
     * shows above the typed text, 처음으로 and 다음 are not side by side, and the typed text shows.
     */
    private static List<String> typingPage(Scene scene, String name, String question) {
        List<String> problems = new ArrayList<>();
        Parent root = scene.getRoot();
        Node keyboard = root.lookup("#survey-keyboard");
        Node heading = root.lookup("#survey-question");
        Node display = root.lookup("#keyboard-display");
        Node home = root.lookup("#survey-home");
        Node next = root.lookup("#survey-next");
        if (keyboard == null || heading == null || display == null || home == null || next == null) {
            return List.of(name + ": keyboard, question, display, 처음으로 or 다음 missing");
        }
        Bounds k = keyboard.localToScene(keyboard.getLayoutBounds());
        if (k.getWidth() < scene.getWidth() * 0.95) {
            problems.add(name + ": keyboard only " + (int) k.getWidth() + " px of " + (int) scene.getWidth() + " wide");
        }
        if (!LayoutChecks.visible(heading) || !question.equals(((Labeled) heading).getText())) {
            problems.add(name + ": the question does not show above the keyboard");
        }
        Bounds q = heading.localToScene(heading.getLayoutBounds());
        Bounds d = display.localToScene(display.getLayoutBounds());
        if (q.getMaxY() > d.getMinY() + 1 || !LayoutChecks.visible(display)) {
            problems.add(name + ": the question " + q + " is not above the typed text " + d);
        }
        Bounds h = home.localToScene(home.getLayoutBounds());
        Bounds n = next.localToScene(next.getLayoutBounds());
        if (h.getMaxY() > d.getMinY() + 1 || n.getMaxY() > d.getMinY() + 1 || n.getMinX() < scene.getWidth() / 2
                || h.getMaxX() > scene.getWidth() / 2) {
            problems.add(name + ": 처음으로 " + h + " must be on the left and 다음 " + n + " on the right, above the keys");
        }
        return problems;
    }
}
