package org.madang.device.content.poll.seal;

/**
 * A sealed ballot could not be opened: another key, another poll, or altered or damaged bytes.
 * The central counts such a ballot as unreadable and reports it; it never guesses its content.
 */
public final class SealException extends Exception {

    private static final long serialVersionUID = 1L;

    public SealException(String message) {
        super(message);
    }

    public SealException(String message, Throwable cause) {
        super(message, cause);
    }
}
