package org.madang.device.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.madang.device.files.DurableFiles;
import org.madang.device.keys.CentralCaFile;
import org.madang.device.keys.DeviceKeyException;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.journal.AppendReceipt;
import org.madang.journal.JournalException;
import org.madang.journal.JournalInfo;
import org.madang.journal.JournalOptions;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.sqlite.SqliteJournal;
import org.madang.sync.api.tls.PinnedCa;

/**
 * Creates a new device's files in a data directory that holds none yet: the directory (0750), the
 * key pair, the journal with its first record, and last the profile, which marks the device as
 * set up. If any step fails, whatever this run created is removed again, so init can simply be
 * run again after the cause is fixed.
 */
final class DeviceSetup {

    static final String JOURNAL_OWNER = "device-config init";

    /** What init made. */
    record Result(Ed25519KeyPair keyPair, JournalInfo journal, AppendReceipt firstRecord) {
    }

    private final DataDirectory directory;
    private final List<Path> created = new ArrayList<>();

    private DeviceSetup(DataDirectory directory) {
        this.directory = directory;
    }

    static Result create(DataDirectory directory, DeviceProfile profile, SecureRandom random) throws CommandFailure {
        return new DeviceSetup(directory).run(profile, Ed25519KeyPair.generate(random), Map.of(), Optional.empty());
    }

    /**
     * Creates a device with a key made beforehand (provision enrolls it first) and extra files
     * under the data directory (the enrollment or the queued enrollment), and the CA to pin when
     * one came with the QR, written before the profile and removed with everything else if a
     * later step fails.
     */
    static Result create(DataDirectory directory, DeviceProfile profile, Ed25519KeyPair keyPair,
            Map<Path, byte[]> extraFiles, Optional<PinnedCa> caToPin) throws CommandFailure {
        return new DeviceSetup(directory).run(profile, keyPair, extraFiles, caToPin);
    }

    private Result run(DeviceProfile profile, Ed25519KeyPair keyPair, Map<Path, byte[]> extraFiles,
            Optional<PinnedCa> caToPin) throws CommandFailure {
        boolean done = false;
        try {
            createDataDirectory();
            boolean keysDirectoryExisted = Files.isDirectory(directory.keys().directory());
            directory.keys().store(keyPair);
            if (!keysDirectoryExisted) {
                created.add(directory.keys().directory());
            }
            created.add(directory.keys().privateKeyFile());
            created.add(directory.keys().publicKeyFile());
            if (caToPin.isPresent()) {
                CentralCaFile pin = CentralCaFile.in(directory.root());
                created.add(pin.file());
                pin.pin(caToPin.get());
            }
            Result result = startJournal(profile, keyPair);
            for (Map.Entry<Path, byte[]> extra : extraFiles.entrySet()) {
                writeExtra(extra.getKey(), extra.getValue());
            }
            created.add(directory.profileFile());
            DeviceProfiles.write(directory.profileFile(), profile);
            done = true;
            return result;
        } catch (DeviceKeyException e) {
            throw Failures.key(e);
        } catch (JournalException e) {
            throw Failures.journal(e);
        } catch (IOException e) {
            throw Failures.io(directory.root(), e);
        } finally {
            // Also after unexpected errors: a half-made device would make the next init refuse.
            if (!done) {
                rollBack();
            }
        }
    }

    private void writeExtra(Path file, byte[] bytes) throws IOException {
        Path parent = file.getParent();
        if (!Files.isDirectory(parent)) {
            Files.createDirectory(parent, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
            created.add(parent);
        }
        created.add(file);
        DurableFiles.replace(file, bytes, PosixFilePermissions.fromString("rw-r-----"));
    }

    private void createDataDirectory() throws IOException {
        Path root = directory.root();
        if (Files.isDirectory(root)) {
            return;
        }
        Files.createDirectories(root.getParent());
        // rwxr-x---: the kiosk service's group reads the profile and the journal; others nothing.
        Files.createDirectory(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
        created.add(root);
    }

    private Result startJournal(DeviceProfile profile, Ed25519KeyPair keyPair) throws JournalException {
        created.addAll(directory.journalFiles());
        try (SqliteJournal journal = SqliteJournal.open(JournalOptions.defaults(directory.journalFile(), keyPair,
                JOURNAL_OWNER))) {
            AppendReceipt receipt = journal.append(RecordDraft.of(RecordKind.DEVICE_EVENT, Map.of(
                    "event", "device.initialised",
                    "deviceId", profile.deviceId(),
                    "siteCode", profile.site().dongCode(),
                    "software", SoftwareVersion.current())));
            return new Result(keyPair, journal.info(), receipt);
        }
    }

    // Only files this run created, newest first. Deleting the fresh journal is safe: its one record
    // says "initialised", which is not true, and no profile points at it.
    private void rollBack() {
        for (Path path : created.reversed()) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // Best effort; the failure being reported matters more.
            }
        }
    }
}
