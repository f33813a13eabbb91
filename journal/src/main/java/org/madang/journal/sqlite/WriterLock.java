package org.madang.journal.sqlite;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.madang.journal.JournalException;

/**
 * The one-writer-per-journal lock: an OS file lock on {@code <journal>.lock}, released by the
 * kernel when the process dies (even by SIGKILL), holding a line that names its holder.
 *
 * <p>POSIX locks belong to the process, and closing <em>any</em> descriptor of the file drops
 * them all, so this JVM never opens the lock file a second time while it holds the lock: a
 * second writer in the same process is refused from an in-process registry instead.
 */
final class WriterLock implements AutoCloseable {

    private static final Map<Path, String> HELD_HERE = new ConcurrentHashMap<>();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static WriterLock acquire(Path journalFile, String owner) throws JournalException {
        Path lockFile = journalFile.resolveSibling(journalFile.getFileName() + ".lock").toAbsolutePath().normalize();
        String description = "process " + ProcessHandle.current().pid() + " (" + owner + ", since " + Instant.now() + ")";
        String holderHere = HELD_HERE.putIfAbsent(lockFile, description);
        if (holderHere != null) {
            throw locked(journalFile, holderHere);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                HELD_HERE.remove(lockFile);
                throw locked(journalFile, readHolder(lockFile));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((description + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new WriterLock(lockFile, channel, lock);
        } catch (IOException e) {
            HELD_HERE.remove(lockFile);
            closeQuietly(channel);
            throw SqliteFailures.fromIo(journalFile, "cannot create the writer lock " + lockFile, e);
        }
    }

    private static JournalException locked(Path journalFile, String holder) {
        return new JournalException(JournalException.Failure.LOCKED, journalFile,
                "already open for writing by " + holder
                        + "; only one writer may append: stop that process first (e.g. systemctl stop madang-kiosk)");
    }

    private static String readHolder(Path lockFile) {
        try {
            String text = Files.readString(lockFile, StandardCharsets.UTF_8).trim();
            return text.isEmpty() ? "another process" : text;
        } catch (IOException e) {
            return "another process";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Already failing; the original error is the one to report.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it anyway.
        }
        closeQuietly(channel);
        HELD_HERE.remove(lockFile);
    }
}
