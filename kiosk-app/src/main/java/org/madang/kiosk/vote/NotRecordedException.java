package org.madang.kiosk.vote;

/**
 * The journal could not record a poll's closing (disk full, read-only, damaged). Nothing was
 * recorded; the poll stays as it was, and staff may try again or call support.
 */
public final class NotRecordedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotRecordedException(String message, Throwable cause) {
        super(message, cause);
    }
}
