package org.madang.central.errors;

import java.sql.SQLException;

/**
 * The database failed (unreachable, full, locked for too long). Nothing of the operation was
 * committed; the HTTP layer answers 503 so devices retry, the command line exits 3.
 */
public final class StorageFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageFailure(String what, SQLException cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}
