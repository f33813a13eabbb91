package org.madang.kiosk.ui.view.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madang.kiosk.vote.VoteFixtures.member;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.content.poll.BallotRule;
import org.madang.device.content.poll.Eligibility;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.PollItem;
import org.madang.journal.JournalOptions;
import org.madang.journal.sqlite.SqliteJournal;
import org.madang.journal.testing.MutableClock;
import org.madang.journal.testing.TestKeys;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.UiTimeouts;
import org.madang.kiosk.ui.testing.FakeCheckinDesk;
import org.madang.kiosk.ui.testing.Fixtures;
import org.madang.kiosk.ui.testing.ManualScheduler;
import org.madang.kiosk.ui.testing.RecordingTones;
import org.madang.kiosk.ui.testing.SameThreadBackground;
import org.madang.kiosk.ui.text.Texts;
import org.madang.kiosk.ui.view.KioskView;
import org.madang.kiosk.ui.view.KoreanFont;
import org.madang.kiosk.vote.ClosedBy;
import org.madang.kiosk.vote.HashedVoucherCodes;
import org.madang.kiosk.vote.JournalVoteDesk;
import org.madang.kiosk.vote.VoteFixtures;
import org.madang.kiosk.vote.Voting;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every voting screen at 800×480 and 1920×1080 (and the ballot in portrait), saved as
 * target/screenshots/vote-*.png for people to look at, and checked for what a person would
 * notice: buttons too small to touch, text cut off, controls outside the window.
 */
@ExtendWith(ApplicationExtension.class)
class VoteScreenshotTest {

    private static final int[][] SIZES = {{800, 480}, {1920, 1080}, {480, 800}};
    private static final Path DIRECTORY = Path.of("target", "screenshots");

    @TempDir
    Path temp;

    private final List<SqliteJournal> journals = new ArrayList<>();

    /** A screen state to photograph. */
    private record Shot(String name, Consumer<KioskViewModel> prepare) {
    }

    private static Poll eightItems() {
        List<PollItem> items = new ArrayList<>();
        String[] names = {"공원 벤치 설치", "골목길 가로등 교체", "작은 도서관 운영", "주말 장터", "마을 텃밭 조성",
            "경로당 냉난방기", "어린이 놀이터 바닥 교체", "버스 정류장 온열 의자"};
        for (int i = 0; i < names.length; i++) {
            items.add(VoteFixtures.item("item" + i, names[i], 0));
        }
        return VoteFixtures.poll("many", new BallotRule.Approval(1, 3), items, Eligibility.ANYONE, VoteFixtures.ALL,
                true, Optional.empty(), Optional.empty());
    }

    private static Poll sixItems() {
        Poll many = eightItems();
        return VoteFixtures.poll("six", new BallotRule.Approval(1, 2), many.items().subList(0, 6), Eligibility.ANYONE,
                VoteFixtures.ALL, false, Optional.empty(), Optional.empty());
    }

    private static void scan(KioskViewModel vm, String code) {
        vm.scanned(code, ScanSource.KEYBOARD_WEDGE);
    }

    private static void ballot(KioskViewModel vm, String pollId) {
        vm.startVoting();
        scan(vm, member("m1"));
        vm.vote().choosePoll(pollId);
    }

    private static final List<Shot> SHOTS = List.of(
            new Shot("attract", vm -> { }),
            new Shot("attract-en-large", vm -> {
                vm.toggleLanguage();
                vm.toggleLargeText();
            }),
            new Shot("identify", KioskViewModel::startVoting),
            new Shot("identify-en", vm -> {
                vm.toggleLanguage();
                vm.startVoting();
            }),
            new Shot("code", vm -> {
                vm.startVoting();
                vm.vote().openCodePad();
                "XYZ234".chars().forEach(c -> vm.vote().typed((char) c));
            }),
            new Shot("code-incomplete-en", vm -> {
                vm.toggleLanguage();
                vm.startVoting();
                vm.vote().openCodePad();
                vm.vote().typed('A');
                vm.vote().submitCode();
            }),
            new Shot("polls", vm -> {
                vm.startVoting();
                scan(vm, member("m1"));
            }),
            new Shot("ballot-approval-6", vm -> {
                ballot(vm, "six");
                vm.vote().toggle("item1");
                vm.vote().toggle("item4");
            }),
            new Shot("ballot-approval-6-large-contrast", vm -> {
                vm.toggleLargeText();
                vm.toggleHighContrast();
                ballot(vm, "six");
                vm.vote().toggle("item1");
            }),
            new Shot("ballot-approval-6-en", vm -> {
                vm.toggleLanguage();
                ballot(vm, "six");
                vm.vote().toggle("item1");
                vm.vote().toggle("item2");
                vm.vote().toggle("item3");
            }),
            new Shot("ballot-scroll-8", vm -> {
                ballot(vm, "many");
                vm.vote().toggle("item0");
            }),
            new Shot("ballot-single", vm -> {
                ballot(vm, "single");
                vm.vote().toggle("yes");
            }),
            new Shot("ballot-budget", vm -> {
                ballot(vm, "budget");
                vm.vote().toggle("park");
                vm.vote().toggle("bus");
                vm.vote().toggle("cctv");
            }),
            new Shot("ballot-budget-en-large", vm -> {
                vm.toggleLanguage();
                vm.toggleLargeText();
                ballot(vm, "budget");
                vm.vote().toggle("park");
            }),
            new Shot("ballot-ranked", vm -> {
                ballot(vm, "ranked");
                vm.vote().toggle("c");
                vm.vote().toggle("a");
            }),
            new Shot("review-budget", vm -> {
                ballot(vm, "budget");
                vm.vote().toggle("park");
                vm.vote().toggle("mural");
                vm.vote().review();
            }),
            new Shot("review-ranked-en", vm -> {
                vm.toggleLanguage();
                ballot(vm, "ranked");
                vm.vote().toggle("b");
                vm.vote().toggle("d");
                vm.vote().toggle("a");
                vm.vote().review();
            }),
            new Shot("review-blank", vm -> {
                ballot(vm, "agenda");
                vm.vote().review();
            }),
            new Shot("recorded", vm -> {
                ballot(vm, "single");
                vm.vote().toggle("yes");
                vm.vote().review();
                vm.vote().confirm();
            }),
            new Shot("refused-already-voted", vm -> {
                ballot(vm, "six");
                vm.home();
                vm.startVoting();
                scan(vm, member("m2", VoteFixtures.OTHER_DONG, 1960));
            }),
            new Shot("refused-en-large", vm -> {
                vm.toggleLanguage();
                vm.toggleLargeText();
                vm.startVoting();
                scan(vm, "reject:EXPIRED");
            }),
            new Shot("staff-polls", vm -> {
                scan(vm, Fixtures.STAFF_CARD);
                vm.openVoteStaff();
            }),
            new Shot("staff-polls-en", vm -> {
                vm.toggleLanguage();
                scan(vm, Fixtures.STAFF_CARD);
                vm.openVoteStaff();
            }),
            new Shot("staff-close-confirm", vm -> {
                scan(vm, Fixtures.STAFF_CARD);
                vm.openVoteStaff();
                vm.voteStaff().askClose("agenda");
            }),
            new Shot("staff-sheet", vm -> {
                scan(vm, Fixtures.STAFF_CARD);
                vm.openVoteStaff();
                vm.voteStaff().askClose("budget");
                vm.voteStaff().confirmClose();
            }),
            new Shot("staff-sheet-en", vm -> {
                vm.toggleLanguage();
                scan(vm, Fixtures.STAFF_CARD);
                vm.openVoteStaff();
                vm.voteStaff().askClose("agenda");
                vm.voteStaff().confirmClose();
            }),
            new Shot("staff-sheet-sealed", vm -> {
                scan(vm, Fixtures.STAFF_CARD);
                vm.openVoteStaff();
                vm.voteStaff().askClose("sealed");
                vm.voteStaff().confirmClose();
            }),
            new Shot("staff-mode", vm -> scan(vm, Fixtures.STAFF_CARD)));

    @Start
    void start(Stage stage) {
        // Snapshots render scenes off-window; the stage only brings up the toolkit.
    }

    @AfterEach
    void closeJournals() throws Exception {
        for (SqliteJournal journal : journals) {
            journal.close();
        }
    }

    @Test
    void everyVotingScreenFitsWithTouchableButtonsAndIsSaved(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        List<Path> saved = new ArrayList<>();
        for (int[] size : SIZES) {
            for (Shot shot : SHOTS) {
                String name = "vote-" + shot.name() + "-" + size[0] + "x" + size[1];
                if (size[0] < size[1] && !shot.name().startsWith("ballot") && !shot.name().startsWith("code")) {
                    continue;
                }
                KioskViewModel vm = viewModel(name);
                robot.interact(() -> {
                    Scene scene = photograph(vm, shot, size[0], size[1]);
                    saved.add(save(scene, name));
                    problems.addAll(inspect(scene.getRoot(), name, Math.min(size[0], size[1]) / 480.0));
                });
            }
        }
        assertThat(saved).allMatch(Files::exists);
        assertThat(problems).isEmpty();
    }

    private KioskViewModel viewModel(String name) throws Exception {
        ManualScheduler scheduler = new ManualScheduler(VoteFixtures.NOW);
        MutableClock clock = (MutableClock) scheduler.clock();
        SqliteJournal journal = SqliteJournal.open(new JournalOptions(temp.resolve(name + ".db"),
                TestKeys.fixedDeviceKey(), clock.deviceClock(), new SecureRandom(),
                JournalOptions.DEFAULT_BOX_RELEASE_THRESHOLD, "screenshots"));
        journals.add(journal);
        Poll agenda = VoteFixtures.agenda();
        JournalVoteDesk desk = JournalVoteDesk.open(journal, VoteFixtures.tokens(), VoteFixtures.content(agenda,
                VoteFixtures.single(), VoteFixtures.budget(), VoteFixtures.ranked(), sixItems(), eightItems(),
                VoteFixtures.sealedPoll(), VoteFixtures.poll("old", new BallotRule.Single(), VoteFixtures.single().items(),
                        Eligibility.ANYONE, VoteFixtures.ALL, false, Optional.empty(), Optional.empty())),
                new HashedVoucherCodes(), VoteFixtures.fakeSealer(), clock, "wolgok-01",
                JournalOptions.DEFAULT_BOX_RELEASE_THRESHOLD);
        // Ballots already cast, so the sheets have figures (the budget one above K, the agenda one below).
        for (int i = 0; i < 12; i++) {
            var who = ((org.madang.kiosk.vote.Identification.Identified) desk.identify(member("v" + i))).who();
            desk.cast(who, "budget", i % 3 == 0 ? List.of() : i % 3 == 1 ? List.of("park", "cctv") : List.of("bus"));
            if (i < 4) {
                desk.cast(who, "agenda", List.of("benches", "garden"));
                desk.cast(who, "sealed", List.of("yes"));
            }
        }
        desk.close("old", ClosedBy.PIN);
        KioskViewModel[] holder = new KioskViewModel[1];
        holder[0] = new KioskViewModel(Fixtures.services(new FakeCheckinDesk(), new RecordingTones())
                .withVoting(new Voting(Optional.of(desk), text -> { }, true)), scheduler.clock(), scheduler,
                new SameThreadBackground(), UiTimeouts.DEFAULTS);
        holder[0].start();
        return holder[0];
    }

    private static Scene photograph(KioskViewModel vm, Shot shot, int width, int height) {
        KioskView view = new KioskView(vm, new Texts(), KoreanFont.find());
        Scene scene = new Scene(view.root(), width, height);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        shot.prepare().accept(vm);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return scene;
    }

    private static Path save(Scene scene, String name) {
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, width, height, pixels, 0, width);
        try {
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve(name + ".png");
            ImageIO.write(out, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Code-pad keys are a keyboard of 31 letters: 80 px is their floor at 800×480 (KS X 9211's 15 mm is 78 px there). */
    private static final Set<String> KEYBOARD = Set.of("vote-key");

    private static List<String> inspect(Parent root, String name, double scale) {
        List<String> problems = new ArrayList<>();
        double width = root.getScene().getWidth();
        double height = root.getScene().getHeight();
        for (Node node : root.lookupAll("*")) {
            if (!visible(node) || node.getId() == null || node.getLayoutBounds().getWidth() == 0) {
                continue;
            }
            Bounds b = node.localToScene(node.getLayoutBounds());
            boolean outside = b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > width + 1 || b.getMaxY() > height + 1;
            if (outside && !scrolled(node)) {
                problems.add(name + ": #" + node.getId() + " outside the window " + b);
            }
            double floor = node.getStyleClass().stream().anyMatch(KEYBOARD::contains) ? 80 : 89;
            if (node instanceof Button button && (b.getHeight() < floor * scale || b.getWidth() < floor * scale)) {
                problems.add(name + ": button #" + button.getId() + " too small " + (int) b.getWidth() + "x"
                        + (int) b.getHeight());
            }
            if (node instanceof Button button && (button.getText() == null || button.getText().isBlank())
                    && button.getGraphic() == null) {
                problems.add(name + ": button #" + button.getId() + " has no words");
            }
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                Node text = labeled.lookup(".text");
                if (text instanceof javafx.scene.text.Text shown && !shown.getText().equals(labeled.getText())) {
                    problems.add(name + ": #" + labeled.getId() + " cut to '" + shown.getText() + "'");
                }
            }
        }
        return problems;
    }

    private static boolean scrolled(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane) {
                return true;
            }
        }
        return false;
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
