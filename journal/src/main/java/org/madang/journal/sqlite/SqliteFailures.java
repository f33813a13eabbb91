package org.madang.journal.sqlite;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.madang.journal.JournalException;
import org.madang.journal.JournalException.Failure;

/** Turns SQLite and file-system errors into {@link JournalException}s that name file and cause. */
final class SqliteFailures {

    // Primary SQLite result codes (https://sqlite.org/rescode.html).
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    /** Below this much free space an I/O error is reported as a full disk (a commit writes a few pages). */
    private static final long NEARLY_FULL_BYTES = 64 * 1024;

    private SqliteFailures() {
    }

    static JournalException fromSql(Path file, String action, SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        String what = action + " failed (" + e.getMessage() + ")";
        return switch (primary) {
            case SQLITE_FULL -> new JournalException(Failure.DISK_FULL, file,
                    what + ": the disk is full; nothing was recorded. Free space on " + directoryOf(file) + ", then retry", e);
            case SQLITE_READONLY -> new JournalException(Failure.READ_ONLY, file,
                    what + ": the file or its file system is read-only; nothing was recorded. Check the storage "
                            + "(a failing SD card is remounted read-only) and the file's owner", e);
            case SQLITE_CORRUPT, SQLITE_NOTADB -> new JournalException(Failure.CORRUPT, file,
                    what + ": the file is damaged or is not a SQLite database; do not write to it, keep a copy and "
                            + "call support", e);
            case SQLITE_BUSY, SQLITE_LOCKED -> new JournalException(Failure.BUSY, file,
                    what + ": the database stayed busy; retry", e);
            case SQLITE_CANTOPEN -> new JournalException(writable(file) ? Failure.IO : Failure.READ_ONLY, file,
                    what + ": cannot open the file; check that " + directoryOf(file) + " exists and is writable", e);
            case SQLITE_IOERR -> nearlyFull(file)
                    ? new JournalException(Failure.DISK_FULL, file,
                            what + ": the disk is full; nothing was recorded. Free space on " + directoryOf(file)
                                    + ", then retry", e)
                    : new JournalException(Failure.IO, file, what + ": input/output error; check the storage", e);
            default -> new JournalException(Failure.IO, file, what, e);
        };
    }

    static JournalException fromIo(Path file, String action, IOException e) {
        String message = String.valueOf(e.getMessage());
        String reason = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                ? fse.getReason() : message;
        if (e instanceof AccessDeniedException || reason.contains("Read-only file system")) {
            return new JournalException(Failure.READ_ONLY, file, action + " failed: " + message + " ("
                    + reason + "); check the storage (a failing SD card is remounted read-only) and the file's owner", e);
        }
        if (reason.contains("No space left") || nearlyFull(file)) {
            return new JournalException(Failure.DISK_FULL, file,
                    action + " failed: the disk is full (" + reason + "); free space, then retry", e);
        }
        if (e instanceof NoSuchFileException) {
            return new JournalException(Failure.IO, file, action + " failed: " + message + " does not exist", e);
        }
        return new JournalException(Failure.IO, file, action + " failed: " + message, e);
    }

    private static Path directoryOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file : parent;
    }

    private static boolean writable(Path file) {
        return Files.isWritable(directoryOf(file));
    }

    private static boolean nearlyFull(Path file) {
        try {
            return Files.getFileStore(directoryOf(file)).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
