package org.madang.device.cli;

/** The outcome of one selftest check. */
enum Verdict {
    /** Fine. */
    PASS,
    /** Works, but someone should look at it. */
    WARN,
    /** The device cannot do its job safely. */
    FAIL
}
