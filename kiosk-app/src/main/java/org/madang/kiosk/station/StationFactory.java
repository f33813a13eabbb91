package org.madang.kiosk.station;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import org.madang.device.keys.DeviceKeyException;
import org.madang.device.keys.DeviceKeyStore;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.device.profile.ProfileException;
import org.madang.device.profile.Role;
import org.madang.device.token.TokenVerifier;
import org.madang.journal.JournalException;
import org.madang.journal.JournalOptions;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.sqlite.SqliteJournal;
import org.madang.journal.clock.SystemWallClockTrust;
import org.madang.journal.clock.WallClockTrust;
import org.madang.kiosk.checkin.CheckinContent;
import org.madang.kiosk.device.InstalledContent;
import org.madang.kiosk.checkin.JournalCheckinDesk;
import org.madang.kiosk.hardware.DevicePeripherals;
import org.madang.kiosk.hardware.PeripheralsFactory;
import org.madang.kiosk.hardware.PeripheralsUnavailableException;
import org.madang.kiosk.sync.SyncLight;
import org.madang.kiosk.sync.UploadStatusReader;

/**
 * Builds a station's real parts from its data directory: profile, device key, journal, token
 * verifier, content, peripherals. The one seam where tests and the lead choose implementations:
 * the token verifier and the content come from {@link VerifierSource} and {@link ContentSource}.
 */
public final class StationFactory {

    /** The journal's file name in the data directory (as device-config creates it). */
    public static final String JOURNAL_FILE = "journal.db";

    /** Opens the token verifier of a device (its trusted keys, its revocation list). */
    @FunctionalInterface
    public interface VerifierSource {
        TokenVerifier open(DeviceProfile profile, Path dataDir) throws StationStartException;
    }

    /** Opens the check-in content of a device (its events and member-hash key). */
    @FunctionalInterface
    public interface ContentSource {
        CheckinContent open(DeviceProfile profile, Path dataDir) throws StationStartException;
    }

    private final VerifierSource verifiers;
    private final ContentSource contents;
    private final Clock clock;
    private final Path devDirectory;

    /**
     * The constructor to wire the real verifier and content with, e.g.
     * {@code new StationFactory((p, d) -> JwtTokenVerifier..., (p, d) -> contentStore..., Clock.systemUTC(), Path.of("/dev"))}.
     *
     * @param devDirectory where GPIO devices appear ({@code /dev})
     */
    public StationFactory(VerifierSource verifiers, ContentSource contents, Clock clock, Path devDirectory) {
        this.verifiers = verifiers;
        this.contents = contents;
        this.clock = clock;
        this.devDirectory = devDirectory;
    }

    /**
     * The real parts: the token verifier and content of the device's installed content bundle
     * (docs/decisions/0005, 0006), the system clock, GPIO under {@code /dev}.
     */
    public static StationFactory forDevice() {
        Clock clock = Clock.systemUTC();
        WallClockTrust trust = SystemWallClockTrust.timesyncd();
        ContentSource contents = (profile, dataDir) -> installedContent(profile, dataDir);
        VerifierSource verifiers = (profile, dataDir) -> installedContent(profile, dataDir)
                .tokenVerifier(profile, clock, trust);
        return new StationFactory(verifiers, contents, clock, Path.of("/dev"));
    }

    private static InstalledContent installedContent(DeviceProfile profile, Path dataDir) throws StationStartException {
        try {
            return InstalledContent.open(profile, dataDir).orElseThrow(() -> StationStartException.of(
                    StationStartException.ENVIRONMENT, "station.error.no-content", List.of(dataDir), null));
        } catch (IOException e) {
            throw StationStartException.of(StationStartException.ENVIRONMENT, "station.error.no-content",
                    List.of(dataDir), e);
        }
    }

    /**
     * The parts of a device that the station and the touchscreen both run on, opened from its
     * data directory, and closed together (in reverse order) by {@link #close()}.
     */
    public static final class OpenDevice implements AutoCloseable {
        private final DeviceProfile profile;
        private final SqliteJournal journal;
        private final TokenVerifier verifier;
        private final CheckinContent content;
        private final JournalCheckinDesk desk;
        private final DevicePeripherals peripherals;
        private final List<AutoCloseable> opened;

        private OpenDevice(DeviceProfile profile, SqliteJournal journal, TokenVerifier verifier, CheckinContent content,
                JournalCheckinDesk desk, DevicePeripherals peripherals, List<AutoCloseable> opened) {
            this.profile = profile;
            this.journal = journal;
            this.verifier = verifier;
            this.content = content;
            this.desk = desk;
            this.peripherals = peripherals;
            this.opened = List.copyOf(opened);
        }

        public DeviceProfile profile() {
            return profile;
        }

        public SqliteJournal journal() {
            return journal;
        }

        public TokenVerifier verifier() {
            return verifier;
        }

        public CheckinContent content() {
            return content;
        }

        public JournalCheckinDesk desk() {
            return desk;
        }

        public DevicePeripherals peripherals() {
            return peripherals;
        }

        @Override
        public void close() {
            ReverseCloser.closeAll(opened);
        }
    }

    /**
     * Opens the device in {@code dataDir} for check-ins: profile (with the checkin role), key,
     * journal (as its one writer, named {@code owner} in the lock), token verifier, content, desk
     * and peripherals. On failure, closes what it opened.
     */
    public OpenDevice openDevice(Path dataDir, String owner) throws StationStartException {
        Path root = dataDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw StationStartException.of(StationStartException.ENVIRONMENT, "station.error.data-dir-missing",
                    List.of(root), null);
        }
        DeviceProfile profile = profile(root);
        if (!profile.roles().contains(Role.CHECKIN)) {
            // A voting-only terminal must not start taking check-ins because someone ran the wrong command.
            throw StationStartException.of(StationStartException.INVALID, "station.error.no-checkin-role",
                    List.of(DeviceProfiles.fileIn(root)), null);
        }
        Ed25519KeyPair key = key(root);
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            SqliteJournal journal = journal(root, key, owner);
            opened.add(journal);
            TokenVerifier verifier = verifiers.open(profile, root);
            CheckinContent content = contents.open(profile, root);
            JournalCheckinDesk desk = journal(() -> JournalCheckinDesk.open(journal, verifier, content,
                    profile.site().dongCode(), clock), root);
            ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("peripherals").daemon().factory());
            opened.add(scheduler::shutdownNow);
            DevicePeripherals board = peripherals(profile, root, scheduler);
            opened.add(board);
            // The LED follows the upload (the agent's state file against the journal), polled on the
            // peripherals' thread; stopped before the pins are released.
            SyncLight light = new SyncLight(board.led(), journal, new UploadStatusReader(root, profile.deviceId()),
                    scheduler, SyncLight.PERIOD);
            opened.add(light);
            light.start();
            DevicePeripherals peripherals = new DevicePeripherals(light, board.buzzer(), board.callButton(),
                    board::close);
            return new OpenDevice(profile, journal, verifier, content, desk, peripherals, opened);
        } catch (StationStartException | RuntimeException e) {
            ReverseCloser.closeAll(opened);
            throw e;
        }
    }

    /** Opens everything and returns the station ready to run; on failure, closes what it opened. */
    public OpenStation open(Path dataDir, String eventId, OutputStream results) throws StationStartException {
        OpenDevice device = openDevice(dataDir, "checkin-station (pid " + ProcessHandle.current().pid() + ")");
        if (device.content().event(eventId).isEmpty()) {
            device.close();
            throw StationStartException.of(StationStartException.INVALID, "station.error.no-such-event",
                    List.of(eventId), null);
        }
        return new OpenStation(new Station(device.desk(), eventId, device.peripherals(),
                new ScanResultWriter(results)), List.of(device));
    }

    private static DeviceProfile profile(Path root) throws StationStartException {
        Path file = DeviceProfiles.fileIn(root);
        try {
            return DeviceProfiles.read(file);
        } catch (NoSuchFileException e) {
            throw StationStartException.of(StationStartException.ENVIRONMENT, "station.error.profile-missing",
                    List.of(file, root), e);
        } catch (IOException e) {
            throw StationStartException.of(StationStartException.ENVIRONMENT, "station.error.io",
                    List.of(file, String.valueOf(e.getMessage())), e);
        } catch (ProfileException e) {
            throw StationStartException.of(StationStartException.INVALID, "station.error.profile-invalid",
                    List.of(file, e.problems().size(), root), e);
        }
    }

    private static Ed25519KeyPair key(Path root) throws StationStartException {
        try {
            return DeviceKeyStore.in(root).load();
        } catch (DeviceKeyException e) {
            throw StationStartException.of(StationStartException.ENVIRONMENT, "station.error.key",
                    List.of(DeviceKeyStore.in(root).privateKeyFile(), String.valueOf(e.getMessage())), e);
        }
    }

    private static SqliteJournal journal(Path root, Ed25519KeyPair key, String owner) throws StationStartException {
        return journal(() -> SqliteJournal.open(JournalOptions.defaults(root.resolve(JOURNAL_FILE), key, owner)), root);
    }

    private interface JournalStep<T> {
        T run() throws JournalException;
    }

    private static <T> T journal(JournalStep<T> step, Path root) throws StationStartException {
        try {
            return step.run();
        } catch (JournalException e) {
            String key = e.failure() == JournalException.Failure.LOCKED ? "station.error.journal-locked"
                    : "station.error.journal";
            throw StationStartException.of(StationStartException.ENVIRONMENT, key,
                    List.of(root.resolve(JOURNAL_FILE), e.failure().name(), String.valueOf(e.getMessage())), e);
        }
    }

    private DevicePeripherals peripherals(DeviceProfile profile, Path root, ScheduledExecutorService scheduler)
            throws StationStartException {
        try {
            return new PeripheralsFactory(devDirectory, scheduler, System::nanoTime)
                    .open(profile.peripherals(), DeviceProfiles.fileIn(root));
        } catch (PeripheralsUnavailableException e) {
            throw StationStartException.worded(StationStartException.ENVIRONMENT, e::userMessage, e);
        }
    }
}
