package org.madang.device.sync;

import java.nio.file.Path;

/**
 * {@code state.json} exists but cannot be believed. The agent refuses to run rather than silently
 * start again from record 1: staff move the file away (which only costs re-sending duplicates the
 * central recognises) or restore it.
 */
public final class CorruptStateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    CorruptStateException(Path file, String problem, Throwable cause) {
        super(file + " is damaged (" + problem + "); refusing to run. Move it away to start again from record 1: "
                + "that only re-sends records the central already has, as duplicates.", cause);
        this.file = file;
    }

    /** The damaged file. */
    public Path file() {
        return file;
    }
}
