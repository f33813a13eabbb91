package org.madang.sync.agent.lock;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.madang.device.sync.SyncStateFile;
import org.madang.sync.agent.device.AgentSetupException;
import org.madang.sync.agent.text.Text;

/**
 * {@code <dataDir>/sync/agent.lock}: one uploading agent per data directory. The operating system
 * releases the lock when the process dies, even by SIGKILL, so a stale lock file never blocks a
 * restart; the pid written into it only names the holder in the refusal.
 */
public final class AgentLock implements AutoCloseable {

    /** The lock file's name inside {@code sync/}. */
    public static final String FILE_NAME = "agent.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private AgentLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock or says who holds it.
     *
     * @throws AgentSetupException if another agent holds it (naming its pid) or the file cannot be opened
     */
    public static AgentLock acquire(Path syncDir) throws AgentSetupException {
        Path file = syncDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            if (!Files.isDirectory(syncDir)) {
                Files.createDirectories(syncDir, PosixFilePermissions.asFileAttribute(SyncStateFile.DIRECTORY_MODE));
                Files.setPosixFilePermissions(syncDir, SyncStateFile.DIRECTORY_MODE);
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip();
                channel.close();
                throw new AgentSetupException(Text.of("error.locked", file, holder.isEmpty() ? "?" : holder), null);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new AgentLock(channel, lock);
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new AgentSetupException(Text.of("error.file.unreadable", file, e.toString()), e);
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
