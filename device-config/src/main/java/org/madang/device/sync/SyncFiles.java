package org.madang.device.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.madang.device.files.DurableFiles;

/**
 * Durable writes into {@code <dataDir>/sync/}, creating the directory (0750) when needed: every
 * file there is 0640, read by the kiosk's group and by nobody else.
 */
final class SyncFiles {

    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-r-----");

    private SyncFiles() {
    }

    /** Replaces {@code file}: temp file, fsync, rename, directory fsync. */
    static void replace(Path file, byte[] bytes) throws IOException {
        Path directory = file.getParent();
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(SyncStateFile.DIRECTORY_MODE));
            // The umask may have removed the group's bits.
            Files.setPosixFilePermissions(directory, SyncStateFile.DIRECTORY_MODE);
        }
        DurableFiles.replace(file, bytes, FILE_MODE);
    }
}
