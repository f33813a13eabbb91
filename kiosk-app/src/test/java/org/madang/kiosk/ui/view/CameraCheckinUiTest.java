package org.madang.kiosk.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.madang.kiosk.checkin.CheckinOutcome;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.scan.Sleeper;
import org.madang.kiosk.scan.camera.LoopingFolderSource;
import org.madang.kiosk.ui.KioskCamera;
import org.madang.kiosk.ui.model.CameraStatus;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.UiTimeouts;
import org.madang.kiosk.ui.testing.FakeCheckinDesk;
import org.madang.kiosk.ui.testing.Fixtures;
import org.madang.kiosk.ui.testing.ManualScheduler;
import org.madang.kiosk.ui.testing.QrImages;
import org.madang.kiosk.ui.testing.RecordingTones;
import org.madang.kiosk.ui.testing.SameThreadBackground;
import org.madang.kiosk.ui.text.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The camera on the check-in screen, on a real (virtual) X server: a folder of camera frames (a
 * QR code made here, and an empty scene) played on the camera's own threads, wired as the
 * launcher wires it, checks a resident in and shows its live picture.
 *
 * <p>While the camera runs, the JavaFX thread lays out a new preview frame ten times a second. A
 * robot lookup computes node bounds on the calling thread, and doing that concurrently corrupts
 * JavaFX's cached bounds (IndexOutOfBoundsException in Parent.updateCachedBounds). So every look
 * at the scene and every step of the flow runs on the JavaFX thread ({@link #fx}); the touches
 * themselves are tested in {@link KioskUiTest}.
 */
@ExtendWith(ApplicationExtension.class)
class CameraCheckinUiTest {

    private static final String TOKEN = "eyJhbGciOiJFZERTQSJ9.camera-member.sig";
    /** Camera frames arrive on other threads: wait for them, never a fixed time. */
    private static final int WAIT_SECONDS = 10;

    @TempDir
    Path frames;

    private final ManualScheduler scheduler = new ManualScheduler(Fixtures.NOW);
    private final FakeCheckinDesk desk = new FakeCheckinDesk();
    private KioskViewModel vm;
    private KioskView view;
    private KioskCamera camera;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new KioskViewModel(Fixtures.services(desk, new RecordingTones()), scheduler.clock(), scheduler,
                new SameThreadBackground(), UiTimeouts.DEFAULTS);
        view = new KioskView(vm, new Texts(), KoreanFont.find());
        Scene scene = new Scene(view.root(), 800, 480);
        view.watchTouches(scene);
        view.acceptKeyboardScanner(scene, org.madang.kiosk.ui.testing.WedgeScan.TIMING);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        vm.start();
    }

    @AfterEach
    void stopCamera() {
        if (camera != null) {
            camera.close();
        }
    }

    /** Starts the camera on a folder of {@code images}, ten frames a second, as the launcher does. */
    private void startCamera(FxRobot robot, java.awt.image.BufferedImage... images) throws IOException {
        for (int i = 0; i < images.length; i++) {
            QrImages.save(images[i], frames.resolve("frame-" + i + ".png"));
        }
        var source = new LoopingFolderSource(frames, Duration.ofMillis(100), Sleeper.system());
        robot.interact(() -> vm.camera().started());
        // A stopped clock: the code stays in front of the camera for as long as this machine takes,
        // and the 3 s de-bounce must not run out meanwhile ("still one check-in").
        camera = KioskCamera.start(source, new FxScanBridge(vm), new FxCameraBridge(vm.camera()), view.cameraPreview(),
                Clock.fixed(Fixtures.NOW, java.time.ZoneOffset.UTC));
    }

    @Test
    void aCodeShownToTheCameraChecksInAndThePreviewShowsTheCamera(FxRobot robot) throws Exception {
        desk.answer(new CheckinOutcome.Accepted(Fixtures.CLEANUP, 1000, 7, Fixtures.NOW));
        fx(vm::startCheckin);
        startCamera(robot, QrImages.blank(), QrImages.frame(TOKEN));

        waitFor(() -> desk.calls().size() == 1 && text("#feedback-title").equals("참여 확인되었습니다"));
        assertThat(fx(desk::calls)).containsExactly(new FakeCheckinDesk.Call(TOKEN, ScanSource.CAMERA, "cleanup"));

        fx(vm.checkin()::ready);
        waitFor(() -> preview().getImage() != null);
        assertThat(fx(() -> vm.camera().status().get())).isEqualTo(CameraStatus.LIVE);
        assertThat(fx(() -> text("#instruction"))).isEqualTo("회원 QR 코드를 카메라에 보여 주세요");
        Image shown = fx(() -> preview().getImage());
        assertThat(shown.getWidth()).isEqualTo(320);
        assertThat(fx(() -> preview().isVisible())).isTrue();
        fx(() -> Snapshots.save(stage.getScene(), "checkin-camera-live-800x480"));
        // Held in front of the camera all along: still one check-in.
        assertThat(fx(desk::calls)).hasSize(1);
    }

    @Test
    void thePreviewIsDroppedWhenTheCheckInScreenCloses(FxRobot robot) throws Exception {
        fx(vm::startCheckin);
        startCamera(robot, QrImages.blank());
        waitFor(() -> preview().getImage() != null);
        fx(vm::home);
        assertThat(fx(() -> preview().getImage())).isNull();
    }

    @Test
    void aCameraThatEndsSaysSoAndTheKeyboardScannerStillWorks(FxRobot robot) throws Exception {
        desk.answer(new CheckinOutcome.Accepted(Fixtures.CLEANUP, 1000, 7, Fixtures.NOW));
        fx(vm::startCheckin);
        Files.createDirectories(frames);
        QrImages.save(QrImages.blank(), frames.resolve("only.png"));
        // A source that fails on its first frame, like a camera command that cannot open the sensor.
        var broken = new LoopingFolderSource(frames, Duration.ofMillis(100), Sleeper.system());
        Files.delete(frames.resolve("only.png"));
        robot.interact(() -> vm.camera().started());
        camera = KioskCamera.start(broken, new FxScanBridge(vm), new FxCameraBridge(vm.camera()), view.cameraPreview(),
                Clock.systemUTC());

        waitFor(() -> stage.getScene().lookup("#camera-status").isVisible());
        assertThat(fx(() -> text("#camera-status"))).startsWith("카메라를 열 수 없습니다");
        assertThat(fx(() -> text("#instruction"))).isEqualTo("회원 QR 코드를 아래 스캐너에 대어 주세요");
        fx(() -> new FxScanBridge(vm).onScan(TOKEN, ScanSource.KEYBOARD_WEDGE));
        assertThat(fx(() -> text("#feedback-title"))).isEqualTo("참여 확인되었습니다");
    }

    @Test
    void theCheckInScreenWithItsPreviewIsPhotographedAtTheSmallestAndLargestSizes(FxRobot robot) throws Exception {
        for (int[] size : new int[][] {{800, 480}, {1920, 1080}, {480, 800}}) {
            String name = "checkin-camera-" + size[0] + "x" + size[1];
            KioskViewModel shotVm = new KioskViewModel(Fixtures.services(new FakeCheckinDesk(), new RecordingTones()),
                    scheduler.clock(), scheduler, new SameThreadBackground(), UiTimeouts.DEFAULTS);
            KioskView shotView = fx(() -> new KioskView(shotVm, new Texts(), KoreanFont.find()));
            Scene[] scene = new Scene[1];
            robot.interact(() -> {
                scene[0] = new Scene(shotView.root(), size[0], size[1]);
                shotVm.start();
                shotVm.camera().started();
                shotVm.camera().alive();
                shotVm.startCheckin();
                scene[0].getRoot().applyCss();
                scene[0].getRoot().layout();
            });
            // As the camera thread does: convert off the JavaFX thread, then let it show.
            shotView.cameraPreview().accept(QrImages.frame(TOKEN));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                ImageView shown = (ImageView) scene[0].getRoot().lookup("#camera-preview");
                assertThat(shown.getImage()).as(name).isNotNull();
                scene[0].getRoot().layout();
                assertThat(Snapshots.save(scene[0], name)).exists();
                var bounds = shown.localToScene(shown.getBoundsInLocal());
                assertThat(bounds.getMinX()).as(name).isGreaterThanOrEqualTo(0);
                assertThat(bounds.getMaxX()).as(name).isLessThanOrEqualTo(size[0]);
                assertThat(bounds.getMaxY()).as(name).isLessThanOrEqualTo(size[1]);
            });
        }
    }

    @Test
    void thePreviewKeepsTheCameraColoursWhateverTheFrameType(FxRobot robot) {
        for (int type : new int[] {java.awt.image.BufferedImage.TYPE_3BYTE_BGR, java.awt.image.BufferedImage.TYPE_INT_RGB}) {
            var frame = new java.awt.image.BufferedImage(640, 480, type);
            frame.setRGB(2, 4, 0x123456);
            frame.setRGB(638, 478, 0xabcdef);
            var image = CameraPreview.shrink(frame);
            assertThat(image.getWidth()).isEqualTo(320);
            assertThat(image.getPixelReader().getArgb(1, 2)).as("type " + type).isEqualTo(0xff123456);
            assertThat(image.getPixelReader().getArgb(319, 239)).as("type " + type).isEqualTo(0xffabcdef);
        }
    }

    /** The preview; call on the JavaFX thread. */
    private ImageView preview() {
        return (ImageView) stage.getScene().lookup("#camera-preview");
    }

    /** A label's text; call on the JavaFX thread. */
    private String text(String query) {
        Node node = stage.getScene().lookup(query);
        return ((Labeled) node).getText();
    }

    /** Runs {@code action} on the JavaFX thread and waits for it. */
    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Reads {@code value} on the JavaFX thread. */
    private static <T> T fx(java.util.concurrent.Callable<T> value) throws Exception {
        return WaitForAsyncUtils.asyncFx(value).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
    }
}
