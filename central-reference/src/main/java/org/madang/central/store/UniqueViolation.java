package org.madang.central.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Recognises a unique or primary-key violation, from SQLite or PostgreSQL, in an exception chain. */
public final class UniqueViolation {

    /** PostgreSQL's SQLSTATE for {@code unique_violation}, for an {@code INSERT} and a {@code COPY} alike. */
    private static final String POSTGRES_UNIQUE = "23505";

    private UniqueViolation() {
    }

    /** Whether {@code e}, its causes or its chained exceptions say a unique index refused a row. */
    public static boolean isIn(SQLException e) {
        // PgJDBC puts a batch's real error in the next-exception chain; drivers wrap with causes.
        for (SQLException each = e; each != null; each = each.getNextException()) {
            for (Throwable t = each; t != null; t = t.getCause()) {
                if (t instanceof SQLiteException sqlite
                        && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                                || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY)) {
                    return true;
                }
                if (t instanceof SQLException sql && POSTGRES_UNIQUE.equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
