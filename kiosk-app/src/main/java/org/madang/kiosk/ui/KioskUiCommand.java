package org.madang.kiosk.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.madang.device.profile.Language;
import org.madang.kiosk.scan.Sleeper;
import org.madang.kiosk.scan.wedge.WedgeTiming;
import org.madang.kiosk.setup.UsbEnrollmentFiles;
import org.madang.kiosk.station.StationFactory;
import org.madang.kiosk.station.StationStartException;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.UiTimeouts;
import org.madang.kiosk.ui.port.KioskServices;
import org.madang.kiosk.ui.sound.SineTones;
import org.madang.kiosk.ui.text.Texts;
import org.madang.kiosk.ui.view.FxBackground;
import org.madang.kiosk.ui.view.FxCameraBridge;
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
 * {@code kiosk-app run --data-dir DIR [--window WxH] [--camera SPEC]}: the touchscreen app, full
 * screen unless a window size is given. With a data directory it runs on the device's journal and
 * content, or in set-up mode ({@link SetupMode}) when the directory has no profile yet; without,
 * on demo fakes and says so on screen. With a camera, QR codes shown to it check
 * in too, and the check-in screen shows its live picture.
 */
@Command(name = "run")
public final class KioskUiCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(KioskUiCommand.class);

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "run.data-dir")
    private Path dataDir;

    @Option(names = "--window", paramLabel = "WxH", converter = WindowSize.Converter.class,
            descriptionKey = "run.window")
    private WindowSize window;

    @Option(names = "--camera", paramLabel = "SPEC", converter = CameraSpec.Converter.class, defaultValue = "none",
            descriptionKey = "run.camera")
    private CameraSpec camera;

    @Option(names = "--scanner", paramLabel = "PORT", descriptionKey = "run.scanner")
    private List<String> scanners = new java.util.ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Option(names = "--usb-root", paramLabel = "DIR", descriptionKey = "run.usb-root")
    private List<Path> usbRoots = new java.util.ArrayList<>(UsbEnrollmentFiles.DEFAULT_ROOTS);

    @Option(names = "--wedge-gap", paramLabel = "MS", converter = WedgeGap.class, descriptionKey = "run.wedge-gap")
    private WedgeTiming wedge = WedgeTiming.defaults();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Clock clock = Clock.systemUTC();
        SineTones speaker = new SineTones();
        boolean setUp = dataDir != null && SetupMode.needed(dataDir);
        KioskServices services = null;
        if (dataDir == null) {
            services = KioskWiring.demo(Optional.empty(), clock, speaker);
        } else if (!setUp) {
            try {
                services = openDevice(clock, speaker);
            } catch (StationStartException e) {
                printBoth(err, e);
                return e.exitCode();
            }
        }
        if (services != null && services.demo()) {
            LOG.warn("Running with demo services: check-ins are NOT recorded in the journal.");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicInteger exit = new AtomicInteger();
        ExecutorService work = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kiosk-ui-work");
            thread.setDaemon(true);
            return thread;
        });
        Platform.setImplicitExit(false);
        KioskServices ready = services;
        try {
            if (setUp) {
                SetupMode setup = new SetupMode(dataDir, window, camera, scanners, wedge, usbRoots, clock, work);
                Platform.startup(() -> setup.show(() -> {
                    try {
                        show(openDevice(clock, speaker), clock, work);
                    } catch (StationStartException e) {
                        // Set up, but the kiosk cannot open it: the same message as a start without set-up.
                        printBoth(err, e);
                        exit.set(e.exitCode());
                        stopped.countDown();
                    }
                }));
            } else {
                Platform.startup(() -> show(ready, clock, work));
            }
        } catch (UnsupportedOperationException | IllegalStateException e) {
            LOG.error("JavaFX could not start", e);
            Texts texts = new Texts();
            for (Language language : List.of(Language.KO, Language.EN)) {
                err.println(texts.get(language, "error.no-display", String.valueOf(System.getenv("DISPLAY")),
                        String.valueOf(e.getMessage())));
            }
            return 3;
        }
        // The kiosk runs until the session stops the process; nothing on screen quits it.
        stopped.await();
        return exit.get();
    }

    private KioskServices openDevice(Clock clock, SineTones speaker) throws StationStartException {
        // Held open for the life of the process: the kiosk is the journal's one writer.
        StationFactory.OpenDevice device = StationFactory.forDevice()
                .openDevice(dataDir, "kiosk-app (pid " + ProcessHandle.current().pid() + ")");
        return KioskWiring.forDevice(device, clock, speaker);
    }

    private static void printBoth(PrintWriter err, StationStartException e) {
        err.println(e.userMessage(Locale.KOREAN));
        err.println(e.userMessage(Locale.ROOT));
        err.flush();
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
        view.acceptKeyboardScanner(scene, wedge);
        stage.setScene(scene);
        stage.setTitle("Madang");
        KioskLock.lock(stage, scene, window == null);
        stage.show();
        vm.start();
        LOG.info("Kiosk shown; keyboard-wedge scanners are read from the keyboard");
        logFirstFrame(scene);
        startCamera(vm, view, clock);
        startSerialScanners(vm);
    }

    /**
     * Logs "first frame shown" once, from the first pulse after the stage is shown (after its CSS
     * and layout, when the frame is handed to the renderer): the start-up benchmark
     * (scripts/bench-kiosk-start.sh) times the process up to this line.
     */
    static void logFirstFrame(Scene scene) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                LOG.info("first frame shown ({} ms after JVM start)",
                        ManagementFactory.getRuntimeMXBean().getUptime());
            }
        });
    }

    private void startSerialScanners(KioskViewModel vm) {
        if (scanners.isEmpty()) {
            return;
        }
        SerialScanners running = SerialScanners.start(scanners, new FxScanBridge(vm), System::nanoTime, Sleeper.system());
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "kiosk-serial-stop"));
    }

    // On the JavaFX thread, but opening a source only builds a process or lists a folder: frames and
    // decoding run on the camera's own threads.
    private void startCamera(KioskViewModel vm, KioskView view, Clock clock) {
        if (camera instanceof CameraSpec.None) {
            return;
        }
        vm.camera().started();
        try {
            KioskCamera running = KioskCamera.start(camera.open(Sleeper.system()), new FxScanBridge(vm),
                    new FxCameraBridge(vm.camera()), view.cameraPreview(), clock);
            Runtime.getRuntime().addShutdownHook(new Thread(running::close, "kiosk-camera-stop"));
            LOG.info("Camera started: {}", camera);
        } catch (IOException e) {
            LOG.error("Camera {} could not be opened; scanners still work", camera, e);
            vm.camera().ended();
        }
    }
}
