package org.madang.kiosk.ui.model.setup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.cli.Provisioning;
import org.madang.device.content.Localized;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.device.profile.Language;
import org.madang.device.profile.ProfileException;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.setup.AdminPinChoice;
import org.madang.kiosk.setup.CheckResult;
import org.madang.kiosk.setup.CheckStatus;
import org.madang.kiosk.setup.Enroller;
import org.madang.kiosk.setup.ProfileAdminPin;
import org.madang.kiosk.setup.TerminalChecks;
import org.madang.kiosk.setup.UsbEnrollmentFiles;
import org.madang.kiosk.ui.model.Background;
import org.madang.kiosk.ui.model.Message;
import org.madang.kiosk.ui.model.State;
import org.madang.kiosk.ui.model.UiScheduler;

/**
 * Set-up mode, for a terminal with no profile yet: staff scan the enrollment QR (or read it from a
 * USB stick), the terminal sets itself up, and a check list shows what works before the kiosk
 * starts. Staff-only, so both languages are one touch apart and nothing resets on idle.
 */
public final class SetupViewModel {

    /** How often the check list is looked at again while it shows: content arrives from the sync agent. */
    public static final Duration RECHECK = Duration.ofSeconds(5);

    private static final List<CheckStatus> ATTENTION = List.of(CheckStatus.FAILED, CheckStatus.WAITING,
            CheckStatus.WARNING, CheckStatus.PASSED, CheckStatus.NOT_USED);

    /** Where set-up is. */
    public enum Step {
        /** Waiting for the enrollment QR. */
        SCAN,
        /** Setting up (talking to the central, up to its timeout). */
        WORKING,
        /** Set up: the check list. */
        CHECKS
    }

    /**
     * What the set-up screen shows.
     *
     * @param step where set-up is
     * @param problem why the last QR or file was refused, for staff (empty when none)
     * @param notice a note about the USB stick (none found, where looked), if any
     * @param usbFiles enrollment files to choose from when a stick holds several
     * @param done what was set up (site and device id), once set up
     * @param checks the check list, once run
     * @param checking whether the check list is being run now
     * @param canStart whether the kiosk may start
     */
    public record Page(Step step, List<Localized> problem, Optional<Message> notice, List<Path> usbFiles,
            Optional<Message> done, List<CheckResult> checks, boolean checking, boolean canStart) {

        /** Lists copied. */
        public Page {
            Objects.requireNonNull(step, "step");
            problem = List.copyOf(problem);
            Objects.requireNonNull(notice, "notice");
            usbFiles = List.copyOf(usbFiles);
            Objects.requireNonNull(done, "done");
            checks = List.copyOf(checks);
        }

        static Page start() {
            return new Page(Step.SCAN, List.of(), Optional.empty(), List.of(), Optional.empty(), List.of(), false, false);
        }

        Page step(Step next) {
            return new Page(next, problem, notice, usbFiles, done, checks, checking, canStart);
        }

        Page refused(List<Localized> lines) {
            return new Page(Step.SCAN, lines, Optional.empty(), List.of(), Optional.empty(), List.of(), false, false);
        }

        Page notice(Optional<Message> note, List<Path> files) {
            return new Page(step, List.of(), note, files, done, checks, checking, canStart);
        }

        Page setUp(Message what) {
            return new Page(Step.CHECKS, List.of(), Optional.empty(), List.of(), Optional.of(what), List.of(), true, false);
        }

        Page checking(boolean now) {
            return new Page(step, problem, notice, usbFiles, done, checks, now, canStart);
        }

        Page checked(List<CheckResult> results) {
            // What needs staff first: on a 7" screen only the top rows show without scrolling.
            List<CheckResult> attentionFirst = results.stream()
                    .sorted(java.util.Comparator.comparingInt(r -> ATTENTION.indexOf(r.status()))).toList();
            return new Page(step, problem, notice, usbFiles, done, attentionFirst, false,
                    TerminalChecks.allowStart(results));
        }
    }

    /**
     * The admin PIN panel over the check list.
     *
     * @param open whether it shows
     * @param stage typing the PIN, or typing it again
     * @param digits how many digits are typed (shown as dots)
     * @param message what to tell staff (type it again, refused because…, saved)
     * @param saving whether the PIN is being hashed into the profile now
     * @param set whether this set-up has given the terminal an admin PIN
     */
    public record PinPage(boolean open, AdminPinChoice.Stage stage, int digits, Optional<Message> message,
            boolean saving, boolean set) {

        /** Message required (may be empty). */
        public PinPage {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(message, "message");
        }

        static PinPage closed() {
            return new PinPage(false, AdminPinChoice.Stage.FIRST, 0, Optional.empty(), false, false);
        }
    }

    private final Path dataDir;
    private final Enroller enroller;
    private final UsbEnrollmentFiles usb;
    private final TerminalChecks checks;
    private final Background background;
    private final UiScheduler scheduler;
    private final boolean cameraConfigured;
    private final Runnable startKiosk;
    private final State<Page> page = new State<>(Page.start());
    private final State<Language> language = new State<>(Language.KO);
    private final State<PinPage> pin = new State<>(PinPage.closed());
    private final AdminPinChoice pinChoice = new AdminPinChoice();
    private final ProfileAdminPin pinStore;
    private boolean scanned;
    private boolean cameraAlive;
    private boolean started;
    private boolean checkRunning;
    private UiScheduler.Cancellable next = () -> { };

    /**
     * @param cameraConfigured whether the kiosk was started with a camera
     * @param startKiosk leaves set-up mode for the kiosk (called once, on the UI thread)
     */
    public SetupViewModel(Path dataDir, Enroller enroller, UsbEnrollmentFiles usb, TerminalChecks checks,
            ProfileAdminPin pinStore, Background background, UiScheduler scheduler, boolean cameraConfigured,
            Runnable startKiosk) {
        this.pinStore = Objects.requireNonNull(pinStore, "pinStore");
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.enroller = Objects.requireNonNull(enroller, "enroller");
        this.usb = Objects.requireNonNull(usb, "usb");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.background = Objects.requireNonNull(background, "background");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.cameraConfigured = cameraConfigured;
        this.startKiosk = Objects.requireNonNull(startKiosk, "startKiosk");
    }

    public State<Page> page() {
        return page;
    }

    public State<Language> language() {
        return language;
    }

    /** Whether the kiosk was started with a camera (the set-up screen then shows what it sees). */
    public boolean cameraConfigured() {
        return cameraConfigured;
    }

    /** The admin PIN panel. */
    public State<PinPage> pin() {
        return pin;
    }

    /** "관리자 비밀번호 정하기": optional; without one, staff mode opens with a staff card only. */
    public void choosePin() {
        if (page.get().step() == Step.CHECKS && !started && !pin.get().saving()) {
            pinChoice.restart();
            pin.set(new PinPage(true, AdminPinChoice.Stage.FIRST, 0, Optional.empty(), false, pin.get().set()));
        }
    }

    /** A key of the PIN pad. */
    public void pinDigit(char digit) {
        if (pin.get().open() && !pin.get().saving()) {
            pinChoice.digit(digit);
            showPin(pin.get().message());
        }
    }

    /** The PIN pad's delete key. */
    public void pinErase() {
        if (pin.get().open() && !pin.get().saving()) {
            pinChoice.erase();
            showPin(pin.get().message());
        }
    }

    /** The PIN pad's OK key. */
    public void pinOk() {
        if (!pin.get().open() || pin.get().saving()) {
            return;
        }
        switch (pinChoice.submit()) {
            case AdminPinChoice.Outcome.ConfirmNext next -> showPin(Optional.of(Message.of("setup.pin.again")));
            case AdminPinChoice.Outcome.Rejected rejected -> showPin(Optional.of(
                    Message.of("setup.pin.rejected." + rejected.reason().name())));
            case AdminPinChoice.Outcome.Mismatch mismatch -> showPin(Optional.of(Message.of("setup.pin.mismatch")));
            case AdminPinChoice.Outcome.Chosen chosen -> {
                pin.set(new PinPage(true, AdminPinChoice.Stage.FIRST, 0, Optional.of(Message.of("setup.pin.saving")),
                        true, pin.get().set()));
                background.run(() -> {
                    try {
                        pinStore.save(chosen.pin());
                        return true;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, done -> pin.set(new PinPage(false, AdminPinChoice.Stage.FIRST, 0,
                        Optional.of(Message.of("setup.pin.saved")), false, true)),
                        failure -> pin.set(new PinPage(true, AdminPinChoice.Stage.FIRST, 0,
                                Optional.of(Message.of("setup.pin.failed", String.valueOf(failure.getMessage()))), false,
                                pin.get().set())));
            }
        }
    }

    /** The PIN pad's cancel: nothing typed is kept. */
    public void cancelPin() {
        if (!pin.get().saving()) {
            pinChoice.restart();
            pin.set(new PinPage(false, AdminPinChoice.Stage.FIRST, 0, Optional.empty(), false, pin.get().set()));
        }
    }

    private void showPin(Optional<Message> message) {
        pin.set(new PinPage(true, pinChoice.stage(), pinChoice.length(), message, false, pin.get().set()));
    }

    /** 한국어 ⇄ English. */
    public void toggleLanguage() {
        language.set(language.get() == Language.KO ? Language.EN : Language.KO);
    }

    /**
     * A code from a scanner or the camera: the enrollment QR while waiting for it; later, the
     * proof that the scanner works.
     */
    public void scanned(String payload, ScanSource source) {
        scanned = true;
        switch (page.get().step()) {
            case SCAN -> enroll(() -> enroller.fromText(payload));
            case CHECKS -> recheckNow();
            case WORKING -> {
                // One set-up at a time; a second scan while the first talks to the central is dropped.
            }
        }
    }

    /** The camera gives pictures (or stopped giving them). */
    public void cameraAlive(boolean alive) {
        cameraAlive = alive;
    }

    /** "USB에서 읽기": the one enrollment file on the stick, or the list when it holds several. */
    public void readUsb() {
        if (page.get().step() != Step.SCAN) {
            return;
        }
        background.run(usb::find, files -> {
            if (files.size() == 1) {
                enroll(() -> enroller.fromFile(files.getFirst()));
            } else if (files.isEmpty()) {
                String roots = String.join(", ", usb.roots().stream().map(Path::toString).toList());
                page.set(page.get().notice(Optional.of(Message.of("setup.usb.none", roots)), List.of()));
            } else {
                page.set(page.get().notice(Optional.of(Message.of("setup.usb.choose", files.size())), files));
            }
        }, failure -> page.set(page.get().notice(Optional.of(Message.of("setup.usb.none", "?")), List.of())));
    }

    /** One of the files listed. */
    public void chooseUsb(Path file) {
        if (page.get().step() == Step.SCAN && page.get().usbFiles().contains(file)) {
            enroll(() -> enroller.fromFile(file));
        }
    }

    private void enroll(java.util.function.Supplier<Provisioning.Report> work) {
        page.set(page.get().step(Step.WORKING));
        background.run(work, report -> {
            if (report.setUp()) {
                // The report's lines name files for a terminal window; the screen says site and device.
                DeviceProfile profile = profile();
                page.set(page.get().setUp(Message.of("setup.done", profile.site().dongName(), profile.site().dongCode(),
                        profile.deviceId())));
                recheckNow();
            } else {
                page.set(page.get().refused(report.lines()));
            }
        }, failure -> page.set(page.get().refused(List.of())
                .notice(Optional.of(Message.of("setup.error.unexpected", String.valueOf(failure.getMessage()))), List.of())));
    }

    /** Runs the check list again now (the "다시 확인" button, and after each scan). */
    public void recheckNow() {
        if (page.get().step() != Step.CHECKS || checkRunning || started) {
            return;
        }
        checkRunning = true;
        page.set(page.get().checking(true));
        TerminalChecks.Inputs inputs = new TerminalChecks.Inputs(scanned, cameraConfigured, cameraAlive);
        background.run(() -> checks.run(profile(), inputs), results -> {
            checkRunning = false;
            page.set(page.get().checked(results));
            // One timer at a time, however many scans asked for a check meanwhile.
            next.cancel();
            next = scheduler.schedule(RECHECK, this::recheckNow);
        }, failure -> {
            checkRunning = false;
            page.set(page.get().checking(false));
        });
    }

    private DeviceProfile profile() {
        try {
            return DeviceProfiles.read(DeviceProfiles.fileIn(dataDir));
        } catch (IOException | ProfileException e) {
            // Just written by the set-up: unreadable now means the disk or someone else changed it.
            throw new IllegalStateException("the profile written by the set-up cannot be read: " + e.getMessage(), e);
        }
    }

    /** "시작하기": to the kiosk, once the check list allows it. */
    public void start() {
        if (page.get().step() == Step.CHECKS && page.get().canStart() && !started && !pin.get().saving()) {
            started = true;
            pinChoice.restart();
            startKiosk.run();
        }
    }
}
