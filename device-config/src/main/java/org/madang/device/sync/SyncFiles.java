package org.madang.device.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.madang.device.files.DurableFiles;

/** Durable writes into {@code <dataDir>/sync/}, creating the directory (0750) when needed. */
final class SyncFiles {

    private SyncFiles() {
    }

    static void replace(Path file, byte[] bytes, Set<PosixFilePermission> mode) throws IOException {
        Path directory = file.getParent();
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(SyncStateFile.DIRECTORY_MODE));
            Files.setPosixFilePermissions(directory, SyncStateFile.DIRECTORY_MODE);
        }
        DurableFiles.replace(file, bytes, mode);
    }
}
