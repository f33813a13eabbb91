package org.madang.sync.api.wire;

/** A request or answer that does not have the documented shape; the message names the field. */
public final class WireFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A problem with {@code field}: {@code what}. */
    public WireFormatException(String message) {
        super(message);
    }

    /** A problem found while reading, with its cause. */
    public WireFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
