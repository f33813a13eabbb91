package org.madang.kiosk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.madang.device.cli.Provisioning;
import org.madang.device.profile.DeviceProfiles;
import org.madang.journal.clock.SystemWallClockTrust;
import org.madang.kiosk.hardware.DevicePeripherals;
import org.madang.kiosk.hardware.PeripheralsFactory;
import org.madang.kiosk.hardware.PeripheralsUnavailableException;
import org.madang.kiosk.scan.Sleeper;
import org.madang.kiosk.scan.camera.CameraWatcher;
import org.madang.kiosk.scan.fx.KeyboardWedgeFilter;
import org.madang.kiosk.scan.wedge.WedgeTiming;
import org.madang.kiosk.setup.CentralConnection;
import org.madang.kiosk.setup.Enroller;
import org.madang.kiosk.setup.ProfileAdminPin;
import org.madang.kiosk.setup.TerminalChecks;
import org.madang.kiosk.setup.UsbEnrollmentFiles;
import org.madang.kiosk.ui.model.setup.SetupViewModel;
import org.madang.kiosk.ui.text.Texts;
import org.madang.kiosk.ui.view.FxBackground;
import org.madang.kiosk.ui.view.FxScanBridge;
import org.madang.kiosk.ui.view.FxScheduler;
import org.madang.kiosk.ui.view.KioskLock;
import org.madang.kiosk.ui.view.KoreanFont;
import org.madang.kiosk.ui.view.setup.SetupView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kiosk-app run --data-dir DIR} on a terminal with no profile yet: the set-up screen, with
 * the scanners and camera feeding it, until staff start the kiosk. The set-up's inputs are closed
 * before the kiosk opens its own, so no scan reaches both.
 */
final class SetupMode {

    private static final Logger LOG = LoggerFactory.getLogger(SetupMode.class);
    /** How long set-up waits for the central before queueing the enrollment, as device-config provision does. */
    static final Duration ENROLL_TIMEOUT = Duration.ofSeconds(10);

    private final Path dataDir;
    private final WindowSize window;
    private final CameraSpec camera;
    private final List<String> scanners;
    private final WedgeTiming wedge;
    private final List<Path> usbRoots;
    private final Clock clock;
    private final ExecutorService work;
    private final List<AutoCloseable> inputs = new ArrayList<>();

    SetupMode(Path dataDir, WindowSize window, CameraSpec camera, List<String> scanners, WedgeTiming wedge,
            List<Path> usbRoots, Clock clock, ExecutorService work) {
        this.dataDir = dataDir;
        this.window = window;
        this.camera = camera;
        this.scanners = List.copyOf(scanners);
        this.wedge = wedge;
        this.usbRoots = List.copyOf(usbRoots);
        this.clock = clock;
        this.work = work;
    }

    /** Whether {@code dataDir} has no profile: the terminal was never set up (or was reset). */
    static boolean needed(Path dataDir) {
        return !Files.exists(DeviceProfiles.fileIn(dataDir));
    }

    /**
     * Shows the set-up screen (on the JavaFX thread). When staff touch "시작하기", its inputs are
     * closed, {@code startKiosk} runs (it shows the kiosk's own window), and the set-up window closes.
     */
    void show(Runnable startKiosk) {
        Stage stage = new Stage();
        Runnable leave = () -> {
            closeInputs();
            startKiosk.run();
            stage.close();
        };
        Enroller enroller = new Enroller() {
            @Override
            public Provisioning.Report fromText(String qrText) {
                return Provisioning.provision(dataDir, qrText, ENROLL_TIMEOUT, clock, new SecureRandom());
            }

            @Override
            public Provisioning.Report fromFile(Path file) {
                return Provisioning.provisionFromFile(dataDir, file, ENROLL_TIMEOUT, clock, new SecureRandom());
            }
        };
        TerminalChecks checks = new TerminalChecks(dataDir, clock, SystemWallClockTrust.timesyncd(), SetupMode::gpioProblem,
                new CentralConnection(Duration.ofSeconds(3)));
        SetupViewModel vm = new SetupViewModel(dataDir, enroller, new UsbEnrollmentFiles(usbRoots), checks,
                new ProfileAdminPin(dataDir, new SecureRandom()), new FxBackground(work), new FxScheduler(), !(camera instanceof CameraSpec.None), leave);
        SetupView view = new SetupView(vm, new Texts(), KoreanFont.find());
        KioskLock.prepare(stage);
        Scene scene = window == null ? new Scene(view.root()) : new Scene(view.root(), window.width(), window.height());
        KeyboardWedgeFilter.install(scene, wedge, new FxScanBridge(vm::scanned));
        stage.setScene(scene);
        stage.setTitle("Madang set-up");
        KioskLock.lock(stage, scene, window == null);
        stage.show();
        LOG.info("No profile in {}: set-up mode, waiting for the enrollment QR", dataDir);
        KioskUiCommand.logFirstFrame(scene);
        startInputs(vm, view);
    }

    private void startInputs(SetupViewModel vm, SetupView view) {
        FxScanBridge scans = new FxScanBridge(vm::scanned);
        if (!scanners.isEmpty()) {
            inputs.add(SerialScanners.start(scanners, scans, System::nanoTime, Sleeper.system()));
        }
        if (camera instanceof CameraSpec.None) {
            return;
        }
        CameraWatcher watcher = new CameraWatcher() {
            @Override
            public void alive() {
                Platform.runLater(() -> vm.cameraAlive(true));
            }

            @Override
            public void ended() {
                Platform.runLater(() -> vm.cameraAlive(false));
            }
        };
        try {
            inputs.add(KioskCamera.start(camera.open(Sleeper.system()), scans, watcher, view.cameraPreview(), clock));
        } catch (IOException e) {
            LOG.error("Camera {} could not be opened in set-up mode; scanners still work", camera, e);
        }
    }

    private void closeInputs() {
        for (AutoCloseable input : inputs.reversed()) {
            try {
                input.close();
            } catch (Exception e) {
                LOG.warn("closing a set-up input failed", e);
            }
        }
        inputs.clear();
    }

    /** Opens the profile's pins and releases them at once; empty when that worked. */
    private static Optional<List<String>> gpioProblem(org.madang.device.profile.DeviceProfile profile, Path dataDir) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("setup-gpio-check").daemon().factory());
        try {
            DevicePeripherals opened = new PeripheralsFactory(Path.of("/dev"), scheduler, System::nanoTime)
                    .open(profile.peripherals(), DeviceProfiles.fileIn(dataDir));
            opened.close();
            return Optional.empty();
        } catch (PeripheralsUnavailableException e) {
            return Optional.of(List.of(e.userMessage(Locale.KOREAN), e.userMessage(Locale.ROOT)));
        } finally {
            scheduler.shutdownNow();
        }
    }
}
