package org.madang.central.cli;

/** Process exit codes, as device-config's. */
enum ExitStatus {
    /** Done. */
    OK(0),
    /** Invalid input or a refusal (bad content, refused records); nothing or only a verified prefix was changed. */
    CHECK_FAILED(1),
    /** The command line itself is wrong. */
    USAGE(2),
    /** The environment is wrong: no home, the database or port unavailable, a file unreadable. */
    ENVIRONMENT(3);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}
