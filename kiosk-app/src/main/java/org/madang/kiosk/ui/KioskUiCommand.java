package org.madang.kiosk.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.device.profile.ProfileException;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.UiTimeouts;
import org.madang.kiosk.ui.port.KioskServices;
import org.madang.kiosk.ui.sound.SineTones;
import org.madang.kiosk.ui.text.Texts;
import org.madang.kiosk.ui.view.FxBackground;
import org.madang.kiosk.ui.view.FxScanBridge;
import org.madang.kiosk.ui.view.FxScheduler;
import org.madang.kiosk.ui.view.KioskLock;
import org.madang.kiosk.ui.view.KioskView;
import org.madang.kiosk.ui.view.KoreanFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kiosk-app run --data-dir DIR [--window WxH]}: the touchscreen app, full screen unless a
 * window size is given. Until the lead wires the real services ({@link KioskWiring}) it runs on
 * demo fakes and says so on screen.
 */
@Command(name = "run", description = "Start the touchscreen kiosk (full screen unless --window is given).")
public final class KioskUiCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(KioskUiCommand.class);

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The device's data directory (device-profile.json). Without it: a bare demo.")
    private Path dataDir;

    @Option(names = "--window", paramLabel = "WxH", converter = WindowSize.Converter.class,
            description = "Run in a window of this size (e.g. 800x480, 480x800) instead of full screen.")
    private WindowSize window;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<DeviceProfile> profile;
        try {
            profile = dataDir == null ? Optional.empty() : Optional.of(DeviceProfiles.read(DeviceProfiles.fileIn(dataDir)));
        } catch (NoSuchFileException e) {
            err.println("기기 프로필이 없습니다: 먼저 device-config init --data-dir " + dataDir + " 를 실행하세요.");
            err.println("No device profile in " + dataDir + ": run device-config init --data-dir " + dataDir + " first.");
            return 3;
        } catch (IOException e) {
            err.println("기기 프로필을 읽지 못했습니다 / Cannot read the device profile: " + e.getMessage());
            return 3;
        } catch (ProfileException e) {
            err.println("기기 프로필이 올바르지 않습니다: device-config validate 로 확인하세요.");
            err.println("The device profile is invalid: run device-config validate --data-dir " + dataDir + ".");
            return 1;
        }
        Clock clock = Clock.systemUTC();
        KioskServices services = KioskWiring.services(profile, clock, new SineTones());
        if (services.demo()) {
            LOG.warn("Running with demo services: check-ins are NOT recorded in the journal.");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        ExecutorService work = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kiosk-ui-work");
            thread.setDaemon(true);
            return thread;
        });
        Platform.setImplicitExit(false);
        try {
            Platform.startup(() -> show(services, clock, work));
        } catch (UnsupportedOperationException | IllegalStateException e) {
            LOG.error("JavaFX could not start", e);
            err.println("화면을 열 수 없습니다: 키오스크 세션(X 또는 Wayland)에서 실행하세요. (" + e.getMessage() + ")");
            err.println("Cannot open the display: run inside the kiosk session (X or Wayland); DISPLAY="
                    + System.getenv("DISPLAY") + ".");
            return 3;
        }
        // The kiosk runs until the session stops the process; nothing on screen quits it.
        stopped.await();
        return 0;
    }

    private void show(KioskServices services, Clock clock, ExecutorService work) {
        Optional<String> font = KoreanFont.find();
        if (font.isEmpty()) {
            LOG.error("No Korean font ({}): install the Debian package fonts-nanum (or fonts-noto-cjk). "
                    + "한국어 글꼴이 없습니다: fonts-nanum 패키지를 설치하세요.", KoreanFont.FAMILIES);
        }
        KioskViewModel vm = new KioskViewModel(services, clock, new FxScheduler(), new FxBackground(work),
                UiTimeouts.DEFAULTS);
        KioskView view = new KioskView(vm, new Texts(), font);
        Stage stage = new Stage();
        KioskLock.prepare(stage);
        Scene scene = window == null ? new Scene(view.root()) : new Scene(view.root(), window.width(), window.height());
        view.watchTouches(scene);
        stage.setScene(scene);
        stage.setTitle("Madang");
        KioskLock.lock(stage, scene, window == null);
        stage.show();
        vm.start();
        // The keyboard-wedge detector and the camera (being built) attach here: scans.attach(detector).
        LOG.info("Kiosk shown; scans are delivered through {}", new FxScanBridge(vm));
    }
}
