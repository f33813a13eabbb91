package org.madang.kiosk.ui.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.madang.device.keys.DeviceKeyStore;
import org.madang.device.token.TokenIssuer;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.scan.wedge.WedgeTiming;
import org.madang.kiosk.station.StationFactory;
import org.madang.kiosk.ui.KioskWiring;
import org.madang.kiosk.ui.model.FeedbackKind;
import org.madang.kiosk.ui.model.KioskViewModel;
import org.madang.kiosk.ui.model.UiTimeouts;
import org.madang.kiosk.ui.port.KioskServices;
import org.madang.kiosk.ui.sound.SineTones;
import org.madang.kiosk.ui.text.Texts;
import org.madang.kiosk.ui.view.FxBackground;
import org.madang.kiosk.ui.view.FxScanBridge;
import org.madang.kiosk.ui.view.FxScheduler;
import org.madang.kiosk.ui.view.KioskView;
import org.madang.kiosk.ui.view.KoreanFont;

/**
 * Resident memory of the kiosk over many check-ins: the real kiosk (device journal, JWT verifier,
 * check-in desk, view model and JavaFX scene in an 800×480 window) takes COUNT check-ins of
 * different members, each handed to {@link FxScanBridge#onScan} from this benchmark's own thread
 * (as the serial scanner does; the keyboard-wedge filter ends in the same call) and awaited until
 * its outcome is on screen (the next pulse has laid it out). Prints VmRSS and heap after a full GC at fixed points.
 * Usage: {@code KioskMemoryBenchmark DIR [COUNT]} on a device made by {@code device-config init}
 * and {@code demo-kit} (it mints members with the demo central key); needs a display (Xvfb).
 * Not a test: see docs/benchmarks-kiosk.md and scripts/bench-kiosk-memory.sh.
 */
public final class KioskMemoryBenchmark {

    private static final String DEMO_CENTRAL_DIRECTORY = "demo-central";
    private static final String DEMO_CENTRAL_KID = "demo-central";
    private static final Set<Integer> CHECKPOINTS = Set.of(10, 100, 250, 500, 750, 1_000, 2_000, 5_000, 10_000);
    private static final Set<FeedbackKind> OUTCOMES = Set.of(FeedbackKind.ACCEPTED, FeedbackKind.DUPLICATE,
            FeedbackKind.REFUSED);

    private KioskMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: KioskMemoryBenchmark DIR [COUNT]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int status = run(dataDir, count);
        System.exit(status);
    }

    private static int run(Path dataDir, int count) throws Exception {
        Clock clock = Clock.systemUTC();
        try (StationFactory.OpenDevice device = StationFactory.forDevice()
                .openDevice(dataDir, "kiosk memory benchmark (pid " + ProcessHandle.current().pid() + ")")) {
            List<String> tokens = mint(dataDir, device.profile().site().dongCode(), count, clock.instant());
            KioskServices services = KioskWiring.forDevice(device, clock, new SineTones());
            BlockingQueue<FeedbackKind> outcomes = new ArrayBlockingQueue<>(4);
            CountDownLatch ready = new CountDownLatch(1);
            AtomicReference<KioskViewModel> model = new AtomicReference<>();
            AtomicReference<Scene> scene = new AtomicReference<>();
            ExecutorService work = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "kiosk-ui-work");
                thread.setDaemon(true);
                return thread;
            });
            Platform.setImplicitExit(false);
            Platform.startup(() -> model.set(show(services, clock, work, outcomes, ready, scene)));
            if (!ready.await(60, TimeUnit.SECONDS)) {
                System.err.println("the kiosk showed no event open now (run device-config demo-kit today)");
                return 1;
            }
            FxScanBridge scanner = new FxScanBridge(model.get());
            List<String> rows = new ArrayList<>();
            rows.add(sample(0, Duration.ZERO));
            int accepted = 0;
            long start = System.nanoTime();
            for (int i = 1; i <= count; i++) {
                scanner.onScan(tokens.get(i - 1), ScanSource.SERIAL);
                FeedbackKind outcome = outcomes.poll(30, TimeUnit.SECONDS);
                if (outcome == null) {
                    System.err.println("no outcome on screen for check-in " + i + " within 30 s");
                    return 1;
                }
                awaitPulse(scene.get());
                if (outcome == FeedbackKind.ACCEPTED) {
                    accepted++;
                }
                if (CHECKPOINTS.contains(i) || i == count) {
                    rows.add(sample(i, Duration.ofNanos(System.nanoTime() - start)));
                }
            }
            System.out.println("check-ins  elapsed_s  rss_mib  rss_after_gc_mib  heap_after_gc_mib  heap_committed_mib");
            rows.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "accepted %d of %d (each a durable journal append)%n", accepted, count);
            Platform.exit();
            return accepted == count ? 0 : 1;
        }
    }

    /** Builds the kiosk's stage as {@code kiosk-app run --window 800x480} does. */
    private static KioskViewModel show(KioskServices services, Clock clock, ExecutorService work,
            BlockingQueue<FeedbackKind> outcomes, CountDownLatch ready, AtomicReference<Scene> shown) {
        KioskViewModel vm = new KioskViewModel(services, clock, new FxScheduler(), new FxBackground(work),
                UiTimeouts.DEFAULTS);
        KioskView view = new KioskView(vm, new Texts(), KoreanFont.find());
        Stage stage = new Stage();
        Scene scene = new Scene(view.root(), 800, 480);
        view.watchTouches(scene);
        view.acceptKeyboardScanner(scene, WedgeTiming.defaults());
        stage.setScene(scene);
        stage.setTitle("Madang memory benchmark");
        stage.show();
        shown.set(scene);
        vm.checkin().feedback().observe(feedback -> {
            if (OUTCOMES.contains(feedback.kind())) {
                outcomes.add(feedback.kind());
            }
        });
        vm.activeEvent().observe(event -> event.ifPresent(e -> ready.countDown()));
        vm.start();
        return vm;
    }

    /**
     * Waits for a pulse to lay out the scene after the outcome: a real person scans seconds apart,
     * so each outcome is drawn; without this the desk outruns the screen and most are never drawn.
     */
    private static void awaitPulse(Scene scene) throws InterruptedException {
        CountDownLatch pulsed = new CountDownLatch(1);
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    pulsed.countDown();
                }
            });
            Platform.requestNextPulse();
        });
        if (!pulsed.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no JavaFX pulse within 30 s");
        }
    }

    private static List<String> mint(Path dataDir, String dong, int count, Instant now) throws Exception {
        Path centralDir = dataDir.resolve(DEMO_CENTRAL_DIRECTORY);
        if (!Files.isDirectory(centralDir)) {
            throw new IllegalArgumentException("no demo central key under " + centralDir + ": run device-config demo-kit");
        }
        Ed25519KeyPair central = DeviceKeyStore.in(centralDir).load();
        TokenIssuer issuer = new TokenIssuer(central, DEMO_CENTRAL_KID);
        String run = Long.toString(now.getEpochSecond(), 36);
        List<String> tokens = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tokens.add(issuer.member("bench-" + run + "-" + i, dong, 1940 + i % 70, now.minusSeconds(60),
                    now.plus(Duration.ofDays(1))));
        }
        return tokens;
    }

    private static String sample(int checkins, Duration elapsed) throws Exception {
        long rssBefore = rssKib();
        System.gc();
        long rssAfter = rssKib();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return String.format(Locale.ROOT, "%9d  %9.1f  %7.1f  %16.1f  %17.1f  %18.1f", checkins,
                elapsed.toMillis() / 1000.0, rssBefore / 1024.0, rssAfter / 1024.0, heap.getUsed() / 1048576.0,
                heap.getCommitted() / 1048576.0);
    }

    private static long rssKib() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
