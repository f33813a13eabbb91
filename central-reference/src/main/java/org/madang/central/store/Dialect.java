package org.madang.central.store;

import java.util.Locale;

/**
 * The two SQL engines the central runs on. The SQL is shared wherever both accept it ({@code ON
 * CONFLICT … DO NOTHING}, {@code BIGINT}, {@code TEXT}); only these few words differ.
 */
public enum Dialect {
    /** The default: one file, {@code jdbc:sqlite:<dir>/central.db}. */
    SQLITE("INTEGER PRIMARY KEY AUTOINCREMENT", ""),
    /** For districts that run a PostgreSQL server. */
    POSTGRESQL("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", " FOR UPDATE");

    private final String identityColumn;
    private final String forUpdate;

    Dialect(String identityColumn, String forUpdate) {
        this.identityColumn = identityColumn;
        this.forUpdate = forUpdate;
    }

    /**
     * The dialect of a JDBC URL.
     *
     * @throws IllegalArgumentException naming the URL and the two accepted forms
     */
    public static Dialect of(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("database URL '" + redact(jdbcUrl)
                + "' is neither jdbc:sqlite:FILE nor jdbc:postgresql://HOST:PORT/DB");
    }

    /** An auto-numbered primary key column's type and constraint. */
    public String identityColumn() {
        return identityColumn;
    }

    /**
     * What to append to a SELECT that locks the rows it reads until the transaction ends (SQLite
     * has one writer at a time, so it needs nothing).
     */
    public String forUpdate() {
        return forUpdate;
    }

    /** A URL fit for a log or an error: the password is replaced. */
    public static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
