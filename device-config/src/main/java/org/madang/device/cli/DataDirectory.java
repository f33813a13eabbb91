package org.madang.device.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.madang.device.keys.DeviceKeyException;
import org.madang.device.keys.DeviceKeyStore;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.device.profile.ProfileException;
import org.madang.journal.signing.Ed25519PublicKey;

/** The layout of a device's data directory, and reading its parts with failures staff can act on. */
record DataDirectory(Path root) {

    /** The journal's file name inside the data directory. */
    static final String JOURNAL_FILE = "journal.db";

    static DataDirectory at(Path directory) {
        return new DataDirectory(directory.toAbsolutePath().normalize());
    }

    Path profileFile() {
        return DeviceProfiles.fileIn(root);
    }

    Path journalFile() {
        return root.resolve(JOURNAL_FILE);
    }

    /**
     * The journal and every file SQLite and the journal keep beside it (write-ahead log, shared
     * memory, rollback journal, writer lock): what is created, removed or moved with it.
     */
    List<Path> journalFiles() {
        Path journal = journalFile();
        return List.of("", "-wal", "-shm", "-journal", ".lock").stream()
                .map(suffix -> journal.resolveSibling(journal.getFileName() + suffix)).toList();
    }

    /** The journal writer's lock file: held while the kiosk (or init) writes the journal. */
    Path journalLockFile() {
        return journalFile().resolveSibling(journalFile().getFileName() + ".lock");
    }

    DeviceKeyStore keys() {
        return DeviceKeyStore.in(root);
    }

    /** Fails with exit 3 unless the directory exists: every command but init needs it. */
    DataDirectory requireExisting() throws CommandFailure {
        if (!Files.isDirectory(root)) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.data-dir.missing", root));
        }
        return this;
    }

    DeviceProfile readProfile() throws CommandFailure {
        try {
            return DeviceProfiles.read(profileFile());
        } catch (NoSuchFileException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, List.of(Text.of("error.profile.missing", profileFile(),
                    root)), null);
        } catch (IOException e) {
            throw Failures.io(profileFile(), e);
        } catch (ProfileException e) {
            throw Failures.profile(profileFile(), e);
        }
    }

    Ed25519PublicKey readPublicKey() throws CommandFailure {
        try {
            return keys().loadPublicKey();
        } catch (DeviceKeyException e) {
            throw Failures.key(e);
        }
    }
}
