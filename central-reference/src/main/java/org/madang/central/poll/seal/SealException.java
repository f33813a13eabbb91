package org.madang.central.poll.seal;

/** A sealed ballot cannot be opened: wrong key, altered bytes, or another poll's ballot. */
public final class SealException extends Exception {

    private static final long serialVersionUID = 1L;

    public SealException(String message, Throwable cause) {
        super(message, cause);
    }
}
