package org.madang.device.cli;

/**
 * The process exit codes of every Madang command line (device-config, central-reference,
 * sync-agent), each documented in its help footer: 0 done, 1 checked and refused, 2 usage, 3
 * environment.
 */
public enum ExitStatus {
    /** Done, or the check passed. */
    OK(0),
    /** The check failed, or the input is invalid (a bad profile, site code or PIN); nothing was changed. */
    CHECK_FAILED(1),
    /** The command line itself is wrong (picocli's default for unknown options and missing values). */
    USAGE(2),
    /** The environment is wrong: a file missing, a permission, a locked journal, a full disk. */
    ENVIRONMENT(3);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    /** The number the process exits with. */
    public int code() {
        return code;
    }
}
