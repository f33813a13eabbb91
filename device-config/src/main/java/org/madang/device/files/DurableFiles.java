package org.madang.device.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a small file so that a power cut leaves either the old or the new content, never a
 * mix: a temporary file in the same directory, written and flushed, renamed over the target, then
 * the directory flushed. For profiles and content bundles (the journal has SQLite for this).
 */
public final class DurableFiles {

    private DurableFiles() {
    }

    /** Atomically and durably replaces {@code file} with {@code bytes}, with file mode {@code mode}. */
    public static void replace(Path file, byte[] bytes, Set<PosixFilePermission> mode) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(directory, "." + file.getFileName() + "-", ".tmp",
                PosixFilePermissions.asFileAttribute(mode));
        try {
            // The umask may have removed bits of the mode asked for (the kiosk's group needs its read bit).
            Files.setPosixFilePermissions(temp, mode);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        // Without this the rename itself may not survive a power cut.
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
