package org.madang.journal.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.madang.journal.JournalException;
import org.madang.journal.JournalInfo;
import org.madang.journal.JournalReader;
import org.madang.journal.JournalRecord;
import org.madang.journal.JournalStats;
import org.sqlite.SQLiteConfig;

/**
 * A read-only view of a journal for another process (the sync agent, staff tools). Opens the file
 * read-only, never creates or migrates it, and never blocks the writer: in WAL mode each query
 * reads a committed snapshot. One instance per thread.
 */
public final class SqliteJournalReader implements JournalReader {

    private final Path file;
    private final Connection connection;
    private final JournalQueries queries;

    private SqliteJournalReader(Path file, Connection connection, JournalQueries queries) {
        this.file = file;
        this.connection = connection;
        this.queries = queries;
    }

    /** Opens an existing journal for reading. */
    public static SqliteJournalReader open(Path file) throws JournalException {
        if (!Files.isRegularFile(file)) {
            throw new JournalException(JournalException.Failure.NOT_FOUND, file,
                    "no journal here: its writer creates it when the device is set up");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(SqliteJournal.BUSY_TIMEOUT_MS);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            int version = Schema.userVersion(connection);
            SqliteJournal.checkIdentity(file, connection, version);
            if (version < 1) {
                throw new JournalException(JournalException.Failure.CORRUPT, file,
                        "the journal has no schema yet; it is created by its writer (device-config init or the kiosk)");
            }
            return new SqliteJournalReader(file, connection, new JournalQueries(connection));
        } catch (SQLException e) {
            SqliteJournal.closeQuietly(connection);
            throw SqliteFailures.fromSql(file, "opening the journal for reading", e);
        } catch (JournalException e) {
            SqliteJournal.closeQuietly(connection);
            throw e;
        }
    }

    @Override
    public JournalInfo info() throws JournalException {
        try {
            return queries.info();
        } catch (SQLException e) {
            throw SqliteFailures.fromSql(file, "reading the journal's metadata", e);
        }
    }

    @Override
    public long lastSeq() throws JournalException {
        try {
            return queries.lastSeq();
        } catch (SQLException e) {
            throw SqliteFailures.fromSql(file, "reading the last sequence number", e);
        }
    }

    @Override
    public List<JournalRecord> readAfter(long afterSeq, int maxRecords) throws JournalException {
        try {
            return queries.readAfter(afterSeq, maxRecords);
        } catch (SQLException e) {
            throw SqliteFailures.fromSql(file, "reading records after " + afterSeq, e);
        }
    }

    @Override
    public JournalStats stats() throws JournalException {
        try {
            return queries.stats(file);
        } catch (SQLException e) {
            throw SqliteFailures.fromSql(file, "reading journal statistics", e);
        }
    }

    @Override
    public void close() throws JournalException {
        try {
            queries.close();
            connection.close();
        } catch (SQLException e) {
            throw SqliteFailures.fromSql(file, "closing the reader", e);
        }
    }
}
