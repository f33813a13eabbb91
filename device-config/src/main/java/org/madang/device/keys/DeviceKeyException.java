package org.madang.device.keys;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The device key cannot be created or used. {@link #problem()} says why and so what staff must
 * do; the command line words it from its bundles using {@link #file()} and {@link #mode()}.
 */
public final class DeviceKeyException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the key files. */
    public enum Problem {
        /** The key file does not exist: run {@code device-config init}. */
        MISSING,
        /** The key already exists and is never overwritten: a new key would orphan the journal's signatures. */
        ALREADY_EXISTS,
        /** The private key file can be read by group or others: {@code chmod 600} it. */
        PERMISSIONS_TOO_OPEN,
        /** The file is not a PEM Ed25519 key. Restore it from the backup. */
        MALFORMED,
        /** The public key file does not belong to the private key. Restore both from the backup. */
        MISMATCH,
        /** Any other file-system failure (permission denied, disk full, read-only). */
        IO
    }

    private final Problem problem;
    private final transient Path file;
    private final String mode;

    public DeviceKeyException(Problem problem, Path file, String mode, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.file = Objects.requireNonNull(file, "file");
        this.mode = mode;
    }

    public DeviceKeyException(Problem problem, Path file, String message) {
        this(problem, file, "", message, null);
    }

    /** Why it failed. */
    public Problem problem() {
        return problem;
    }

    /** The key file concerned. */
    public Path file() {
        return file;
    }

    /** The file's octal mode, e.g. {@code 0644}, when the problem is about it; otherwise empty. */
    public String mode() {
        return mode;
    }
}
