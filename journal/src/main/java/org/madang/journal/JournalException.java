package org.madang.journal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The journal could not do what was asked, and nothing was recorded.
 *
 * <p>What the caller should do depends on {@link #failure()}: a kiosk tells the person the record
 * was <em>not</em> kept and to call staff; a command line prints the message and exits non-zero.
 * The message names the file and the cause for the log; user-facing text is the caller's, from
 * its resource bundles, keyed by the failure.
 */
public final class JournalException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the journal failed, coarse enough to choose a message and an action. */
    public enum Failure {
        /** No space left on the device. Free space, then retry. */
        DISK_FULL,
        /** The file or its directory is read-only (a failing SD card remounts read-only). */
        READ_ONLY,
        /** The file is damaged or is not a Madang journal. Do not write; call support. */
        CORRUPT,
        /** Another process holds the writer lock. Stop it first. */
        LOCKED,
        /** The file was written by newer software. Upgrade; never downgrade. */
        NEWER_SCHEMA,
        /** The database stayed busy longer than the timeout. Retry. */
        BUSY,
        /** The journal was closed. A programming error in the caller. */
        CLOSED,
        /** There is no journal file where one was expected. Create the device first. */
        NOT_FOUND,
        /** Any other input/output failure. */
        IO
    }

    private final Failure failure;
    private final transient Path file;

    public JournalException(Failure failure, Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.file = file;
    }

    public JournalException(Failure failure, Path file, String message) {
        this(failure, file, message, null);
    }

    /** Why it failed. */
    public Failure failure() {
        return failure;
    }

    /** The journal file concerned. */
    public Path file() {
        return file;
    }
}
