package org.madang.device.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.madang.device.files.DurableFiles;
import org.madang.sync.api.tls.PinnedCa;
import org.madang.sync.api.tls.PinnedCaException;

/**
 * The CA certificates a terminal pins for TLS to its central, {@code <dataDir>/keys/central-ca.pem}.
 * Without the file, TLS trusts the system's store; with it, only these CAs. Everything that talks
 * to the central (provisioning, the sync agent, set-up mode) reads it here.
 */
public final class CentralCaFile {

    /** The file's name inside the key directory. */
    public static final String FILE = "central-ca.pem";

    // trust-ca may run before the device is set up: a data folder made here gets the mode set-up gives it.
    private static final Set<PosixFilePermission> DATA_DIRECTORY_MODE = PosixFilePermissions.fromString("rwxr-x---");

    private final Path file;

    private CentralCaFile(Path file) {
        this.file = file;
    }

    /** The pinned-CA file of a data directory (nothing is read yet). */
    public static CentralCaFile in(Path dataDir) {
        return new CentralCaFile(dataDir.resolve(DeviceKeyStore.DIRECTORY).resolve(FILE));
    }

    /** Where the file is. */
    public Path file() {
        return file;
    }

    /**
     * The pinned CAs, or empty when none are pinned (the system's trust store then decides).
     *
     * @throws PinnedCaException when the file exists but cannot be used: nothing should talk to
     *     the central until staff replace or remove it
     */
    public Optional<PinnedCa> load(Clock clock) throws PinnedCaException {
        // notExists, not !exists: a key directory this user cannot read must be reported, not
        // taken for "nothing pinned" (which would silently trust the system's store instead).
        if (Files.notExists(file)) {
            return Optional.empty();
        }
        return Optional.of(PinnedCa.load(file, clock));
    }

    /** The TLS context to the central: the pinned CAs', or empty for the system's. */
    public Optional<SSLContext> sslContext(Clock clock) throws PinnedCaException {
        return load(clock).map(PinnedCa::sslContext);
    }

    /**
     * Checks {@code source} and installs it as the pinned CAs, replacing any before (atomically,
     * synced). A file that fails the check changes nothing.
     *
     * @throws PinnedCaException when {@code source} is not a readable PEM of valid CA certificates
     * @throws IOException when the key directory cannot be written
     */
    public PinnedCa install(Path source, Clock clock) throws PinnedCaException, IOException {
        return pin(PinnedCa.load(source, clock));
    }

    /**
     * Installs CAs checked already (their PEM bytes exactly as checked), replacing any before.
     *
     * @throws IOException when the key directory cannot be written
     */
    public PinnedCa pin(PinnedCa checked) throws IOException {
        write(checked.pem());
        return checked.at(file);
    }

    /**
     * Puts back a pinned-CA file kept aside ({@code device-config reset}) as it was, unchecked:
     * the next use checks it, as it would have checked it before the reset.
     *
     * @throws IOException when it cannot be read or the key directory cannot be written
     */
    public void restore(Path keptCopy) throws IOException {
        write(Files.readAllBytes(keptCopy));
    }

    private void write(byte[] pem) throws IOException {
        // One folder at a time, each with its own mode: createDirectories would give the data
        // folder the key folder's 0700 and lock the kiosk's group out of the profile and journal.
        Path keys = file.getParent();
        Path root = keys.getParent();
        if (!Files.isDirectory(root)) {
            Files.createDirectories(root.getParent());
            Files.createDirectory(root, PosixFilePermissions.asFileAttribute(DATA_DIRECTORY_MODE));
        }
        if (!Files.isDirectory(keys)) {
            Files.createDirectory(keys, PosixFilePermissions.asFileAttribute(DeviceKeyStore.DIRECTORY_MODE));
        }
        // A CA certificate is public: 0644 like the device's public key.
        DurableFiles.replace(file, pem, DeviceKeyStore.PUBLIC_MODE);
    }
}
