package org.madang.sync.agent.cli;

/** The process exit codes, as device-config's. */
enum ExitStatus {
    /** Done: nothing left to send. */
    OK(0),
    /** Records refused or the device refused: staff must act; nothing was skipped. */
    CHECK_FAILED(1),
    /** The command line is wrong. */
    USAGE(2),
    /** The environment is wrong or unavailable: files, lock, network, central. */
    ENVIRONMENT(3);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}
