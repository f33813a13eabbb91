package org.madang.central.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central's database: transactions over SQLite (one connection, one writer at a time, WAL,
 * {@code synchronous=FULL}) or PostgreSQL (a HikariCP pool, row locks where needed).
 *
 * <p>Every method that returns normally has committed; every method that throws has rolled back.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** How long SQLite waits for another process (a CLI command next to the server) to finish writing. */
    private static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

    /** PostgreSQL connections; 50 terminals uploading at once share these, each for one transaction. */
    private static final int POOL_SIZE = 16;

    private final Dialect dialect;
    private final HikariDataSource pool;
    private final Connection sqlite;
    private final ReentrantLock sqliteLock = new ReentrantLock();

    private Database(Dialect dialect, HikariDataSource pool, Connection sqlite) {
        this.dialect = dialect;
        this.pool = pool;
        this.sqlite = sqlite;
    }

    /**
     * Opens the database at a JDBC URL and creates or checks its schema.
     *
     * @throws SQLException when the database cannot be reached or its schema is not the central's
     */
    public static Database open(String jdbcUrl) throws SQLException {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Dialect dialect = Dialect.of(jdbcUrl);
        Database database;
        if (dialect == Dialect.SQLITE) {
            Connection connection = DriverManager.getConnection(jdbcUrl);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = " + SQLITE_BUSY_TIMEOUT_MS);
                statement.execute("PRAGMA journal_mode = WAL");
                // FULL: a stored record survives a power cut once the answer said stored.
                statement.execute("PRAGMA synchronous = FULL");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            database = new Database(dialect, null, connection);
        } else {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(jdbcUrl);
            config.setPoolName("central");
            config.setMaximumPoolSize(POOL_SIZE);
            config.setAutoCommit(false);
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            database = new Database(dialect, new HikariDataSource(config), null);
        }
        try {
            Schema.create(database);
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
        LOG.info("database open: {} ({})", Dialect.redact(jdbcUrl), dialect);
        return database;
    }

    /**
     * Opens all of PostgreSQL's pooled connections now (the server, before it listens) instead of
     * while the first uploads arrive: each log-in (SCRAM: thousands of HMAC rounds, and their JIT
     * compilation on a fresh JVM) otherwise competes for the CPU with a crowd of terminals meeting a
     * freshly started central. Borrowing them all at once makes the pool open each; a database that
     * allows fewer only gets a warning. Nothing to do on SQLite.
     */
    public void openAllConnections() {
        if (pool == null) {
            return;
        }
        java.util.List<Connection> held = new java.util.ArrayList<>(POOL_SIZE);
        try {
            while (held.size() < POOL_SIZE) {
                held.add(pool.getConnection());
            }
        } catch (SQLException e) {
            LOG.warn("PostgreSQL gave {} of the pool's {} connections at start ({}); the rest are opened when needed",
                    held.size(), POOL_SIZE, e.getMessage());
        } finally {
            for (Connection connection : held) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    LOG.warn("returning a connection to the pool failed", e);
                }
            }
        }
    }

    /** Which SQL engine this is. */
    public Dialect dialect() {
        return dialect;
    }

    /** Runs {@code work} in one transaction and commits it. */
    public <T> T transaction(SqlWork<T> work) throws SQLException {
        if (sqlite != null) {
            sqliteLock.lock();
            try {
                sqlite.setAutoCommit(false);
                try {
                    return inTransaction(sqlite, work);
                } finally {
                    sqlite.setAutoCommit(true);
                }
            } finally {
                sqliteLock.unlock();
            }
        }
        try (Connection connection = pool.getConnection()) {
            return inTransaction(connection, work);
        }
    }

    /** The pool's connections have auto-commit off; the SQLite one is switched by the caller. */
    private static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
        if (sqlite != null) {
            sqliteLock.lock();
            try {
                sqlite.close();
            } catch (SQLException e) {
                LOG.warn("closing the SQLite database failed", e);
            } finally {
                sqliteLock.unlock();
            }
        }
    }
}
