package org.madang.journal.sqlite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.madang.journal.AppendReceipt;
import org.madang.journal.CanonicalJson;
import org.madang.journal.ClockStamp;
import org.madang.journal.DepositReceipt;
import org.madang.journal.Journal;
import org.madang.journal.JournalException;
import org.madang.journal.JournalException.Failure;
import org.madang.journal.JournalInfo;
import org.madang.journal.JournalOptions;
import org.madang.journal.JournalRecord;
import org.madang.journal.JournalStats;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.SecretDraft;
import org.madang.journal.chain.RecordHasher;
import org.madang.journal.chain.Sha256;
import org.madang.journal.signing.Signature64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The journal's writer, on one SQLite file: WAL mode with {@code synchronous=FULL}, so a commit
 * has reached the disk when it returns, and a file lock so only one process writes.
 *
 * <p>Concurrent appends use group commit: each caller queues its draft and tries the write lock;
 * whoever gets it commits everything queued in one transaction (one fsync). The others wait until
 * either their record is committed or the lock is free, whichever comes first, so a caller whose
 * record rode in someone else's batch returns at once instead of queueing for the lock. A lone
 * caller commits its own record with no hand-off.
 *
 * <p>Ballot boxes live in the same file so a poll-book entry and its ballot commit atomically.
 * After every commit that touches a box the write-ahead log is checkpointed and truncated, so
 * the log does not keep the history of the box's contents (docs/decisions/0004-ballot-secrecy.md).
 */
public final class SqliteJournal implements Journal {

    static final int BUSY_TIMEOUT_MS = 5_000;

    private static final Logger log = LoggerFactory.getLogger(SqliteJournal.class);
    private static final String INSERT = "INSERT INTO records (" + JournalQueries.COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JournalOptions options;
    private final Path file;
    private final WriterLock writerLock;
    private final Connection connection;
    private final Statement control;
    private final PreparedStatement insert;
    private final JournalQueries queries;
    private final JournalInfo info;

    private final ReentrantLock writeLock = new ReentrantLock();
    // Signalled after every release of writeLock, so waiting appenders re-check their record.
    private final Object released = new Object();
    private final Queue<PendingAppend> queue = new ConcurrentLinkedQueue<>();
    // Guarded by writeLock.
    private long lastSeq;
    private Sha256 lastHash;
    private boolean scrubPending;
    private boolean closed;
    // The tail as seen inside the current transaction; reset to the committed tail on rollback.
    private long pendingTailSeq;
    private Sha256 pendingTailHash;

    private SqliteJournal(JournalOptions options, WriterLock writerLock, Connection connection, JournalInfo info)
            throws SQLException {
        this.options = options;
        this.file = options.file();
        this.writerLock = writerLock;
        this.connection = connection;
        this.control = connection.createStatement();
        this.insert = connection.prepareStatement(INSERT);
        this.queries = new JournalQueries(connection);
        this.info = info;
        Optional<JournalRecord> last = queries.last();
        this.lastSeq = last.map(JournalRecord::seq).orElse(0L);
        this.lastHash = last.map(JournalRecord::hash).orElse(info.genesisHash());
        this.pendingTailSeq = lastSeq;
        this.pendingTailHash = lastHash;
    }

    /**
     * Opens (creating if absent) the journal for writing, migrating an older file to this
     * software's schema. Fails with {@link Failure#LOCKED} if another writer holds it.
     */
    public static SqliteJournal open(JournalOptions options) throws JournalException {
        Path file = options.file().toAbsolutePath();
        createDirectory(file);
        WriterLock lock = WriterLock.acquire(file, options.owner());
        Connection connection = null;
        try {
            createPrivateFile(file);
            connection = connect(file);
            JournalInfo info = prepareSchema(file, connection, options.clock().stamp().wallTime());
            SqliteJournal journal = new SqliteJournal(options.withFile(file), lock, connection, info);
            journal.scrubWriteAheadLog();
            log.info("journal {} open for writing: journal id {}, schema {}, last record {}", file, info.journalId(),
                    info.schemaVersion(), journal.lastSeq);
            return journal;
        } catch (SQLException e) {
            closeQuietly(connection);
            lock.close();
            throw SqliteFailures.fromSql(file, "opening the journal for writing", e);
        } catch (JournalException | RuntimeException e) {
            closeQuietly(connection);
            lock.close();
            throw e;
        }
    }

    private static void createDirectory(Path file) throws JournalException {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw SqliteFailures.fromIo(file, "creating the directory " + file.getParent(), e);
        }
    }

    /**
     * Creates the journal file readable by its owner and group only (0640) before SQLite opens
     * it; SQLite gives its -wal and -shm files the same mode. An empty file is an empty database.
     */
    private static void createPrivateFile(Path file) throws JournalException {
        if (Files.exists(file) || !file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----")));
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // Created meanwhile; SQLite opens it as it is.
        } catch (IOException e) {
            throw SqliteFailures.fromIo(file, "creating the journal file", e);
        }
    }

    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        try (Statement statement = connection.createStatement()) {
            // journal_mode is checked, not assumed: WAL needs shared memory, which some file
            // systems (network shares) lack, and then durability and concurrent reads differ.
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
                String actual = mode.next() ? mode.getString(1) : "?";
                if (!"wal".equalsIgnoreCase(actual)) {
                    throw new SQLException("SQLite refused WAL mode (journal_mode is '" + actual
                            + "'); put the data directory on a local file system", "io", 10);
                }
            }
            // FULL: in WAL mode, the log is synced at every commit, so a commit survives power loss.
            statement.execute("PRAGMA synchronous = FULL");
            // Freed space is zeroed, so released ballots leave no residue in free pages.
            statement.execute("PRAGMA secure_delete = ON");
        }
        return connection;
    }

    private static JournalInfo prepareSchema(Path file, Connection connection, Instant now)
            throws SQLException, JournalException {
        int version = Schema.userVersion(connection);
        checkIdentity(file, connection, version);
        if (version == 0) {
            try (ResultSet check = connection.createStatement().executeQuery("PRAGMA quick_check")) {
                // An empty or new file; quick_check still catches a file that is not a database.
                check.next();
            }
        } else {
            quickCheck(file, connection);
        }
        boolean created = version == 0;
        Schema.migrate(connection, version, Schema.LATEST);
        if (version != 0 && version < Schema.LATEST) {
            log.info("journal {} migrated from schema {} to {}", file, version, Schema.LATEST);
        }
        if (created) {
            try (PreparedStatement meta = connection.prepareStatement(
                    "INSERT INTO journal_meta (key, value) VALUES (?, ?), (?, ?)")) {
                meta.setString(1, "journal_id");
                meta.setString(2, UUID.randomUUID().toString());
                meta.setString(3, "created_at");
                meta.setString(4, now.toString());
                meta.executeUpdate();
            }
            syncDirectory(file);
        }
        return new JournalQueries(connection).info();
    }

    static void checkIdentity(Path file, Connection connection, int version) throws SQLException, JournalException {
        int applicationId = Schema.applicationId(connection);
        if (version == 0 && applicationId == 0 && !Schema.isEmptyDatabase(connection)) {
            throw new JournalException(Failure.CORRUPT, file,
                    "this SQLite file is not a Madang journal (it has tables but no Madang application id); "
                            + "point the data directory elsewhere");
        }
        if (applicationId != 0 && applicationId != Schema.APPLICATION_ID) {
            throw new JournalException(Failure.CORRUPT, file, "this SQLite file belongs to another application (id 0x"
                    + Integer.toHexString(applicationId) + "), not a Madang journal");
        }
        if (version > Schema.LATEST) {
            throw new JournalException(Failure.NEWER_SCHEMA, file, "the journal has schema version " + version
                    + " but this software knows versions up to " + Schema.LATEST
                    + ": it was written by a newer Madang. Install that version or newer; never downgrade a device "
                    + "that holds records");
        }
    }

    private static void quickCheck(Path file, Connection connection) throws SQLException, JournalException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
            String result = rows.next() ? rows.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw new JournalException(Failure.CORRUPT, file, "SQLite's integrity check failed: " + result
                        + "; do not write to it, keep a copy and call support");
            }
        }
    }

    private static void syncDirectory(Path file) {
        // The new file's directory entry must be durable too, or a power cut can lose the file.
        try (var channel = java.nio.channels.FileChannel.open(file.getParent(), java.nio.file.StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            log.debug("could not fsync directory {}: {}", file.getParent(), e.toString());
        }
    }

    @Override
    public AppendReceipt append(RecordDraft draft) throws JournalException {
        if (draft.kind().isSecret()) {
            throw new IllegalArgumentException("'" + draft.kind() + "' records are secret: deposit them in a ballot box "
                    + "with Journal.deposit, never append them directly");
        }
        PendingAppend pending = new PendingAppend(draft);
        queue.add(pending);
        boolean interrupted = false;
        while (!pending.isDone()) {
            if (writeLock.tryLock()) {
                try {
                    if (!pending.isDone()) {
                        commitQueued();
                    }
                } finally {
                    unlock();
                }
            } else {
                interrupted |= awaitDoneOrReleased(pending);
            }
        }
        if (interrupted) {
            // The record may already be committed by another thread: the append cannot be
            // abandoned half-way, so the interrupt is kept for the caller to see afterwards.
            Thread.currentThread().interrupt();
        }
        return pending.receipt(file);
    }

    /** Waits until the pending append is done or the write lock is free. Returns whether interrupted. */
    private boolean awaitDoneOrReleased(PendingAppend pending) {
        synchronized (released) {
            // Checked under the monitor: unlock() notifies under it too, so no wake-up is lost.
            if (pending.isDone() || !writeLock.isLocked()) {
                return false;
            }
            try {
                released.wait();
                return false;
            } catch (InterruptedException e) {
                return true;
            }
        }
    }

    private void lock() {
        writeLock.lock();
    }

    private void unlock() {
        writeLock.unlock();
        synchronized (released) {
            released.notifyAll();
        }
    }

    /** Commits every queued draft in one transaction. Caller holds the write lock. */
    private void commitQueued() {
        List<PendingAppend> batch = new ArrayList<>();
        for (PendingAppend next; (next = queue.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        if (closed) {
            JournalException failure = new JournalException(Failure.CLOSED, file, "the journal is closed");
            batch.forEach(p -> p.fail(failure));
            return;
        }
        List<JournalRecord> written = new ArrayList<>(batch.size());
        try {
            control.execute("BEGIN IMMEDIATE");
            try {
                for (PendingAppend pending : batch) {
                    written.add(insertRecord(pending.draft().kind(), pending.draft().body(), options.clock().stamp()));
                }
                control.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(e);
                throw e;
            }
        } catch (SQLException e) {
            JournalException failure = SqliteFailures.fromSql(file, "appending " + batch.size() + " record(s)", e);
            batch.forEach(p -> p.fail(failure));
            reloadTail();
            return;
        } catch (RuntimeException e) {
            JournalException failure = new JournalException(Failure.IO, file, "appending failed: " + e, e);
            batch.forEach(p -> p.fail(failure));
            reloadTail();
            return;
        }
        advanceTo(written.getLast());
        for (int i = 0; i < batch.size(); i++) {
            JournalRecord record = written.get(i);
            batch.get(i).complete(new AppendReceipt(record.seq(), record.id()));
        }
        if (scrubPending) {
            scrubWriteAheadLog();
        }
    }

    /**
     * Inserts the next record inside the caller's open transaction. The in-memory tail moves only
     * after COMMIT, through {@link #advanceTo}; inside the transaction the tail is tracked by the
     * records this transaction already wrote ({@code pendingTailSeq}, {@code pendingTailHash}).
     */
    private JournalRecord insertRecord(RecordKind kind, CanonicalJson body, ClockStamp clock) throws SQLException {
        long seq = pendingTailSeq + 1;
        Sha256 prev = pendingTailHash;
        String id = newRecordId();
        String keyId = options.signer().keyId();
        Sha256 hash = RecordHasher.hash(seq, id, kind, body, clock, prev, keyId);
        Signature64 signature = options.signer().sign(hash.bytes());
        insert.setLong(1, seq);
        insert.setString(2, id);
        insert.setString(3, kind.name());
        insert.setBytes(4, body.bytes());
        insert.setLong(5, clock.wallTime().toEpochMilli());
        insert.setString(6, clock.bootId());
        insert.setLong(7, clock.monotonicNanos());
        insert.setInt(8, clock.wallClockTrusted() ? 1 : 0);
        insert.setBytes(9, prev.bytes());
        insert.setBytes(10, hash.bytes());
        insert.setString(11, keyId);
        insert.setBytes(12, signature.bytes());
        insert.executeUpdate();
        pendingTailSeq = seq;
        pendingTailHash = hash;
        return new JournalRecord(seq, id, kind, body, clock, prev, hash, keyId, signature);
    }

    private void advanceTo(JournalRecord last) {
        lastSeq = last.seq();
        lastHash = last.hash();
        pendingTailSeq = lastSeq;
        pendingTailHash = lastHash;
    }

    private String newRecordId() {
        byte[] bytes = new byte[16];
        options.random().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        long high = java.nio.ByteBuffer.wrap(bytes, 0, 8).getLong();
        long low = java.nio.ByteBuffer.wrap(bytes, 8, 8).getLong();
        return new UUID(high, low).toString();
    }

    private void rollbackAfter(Exception cause) {
        try {
            control.execute("ROLLBACK");
        } catch (SQLException rollbackFailure) {
            // SQLite rolls back by itself after some errors (e.g. SQLITE_FULL); nothing is left open.
            cause.addSuppressed(rollbackFailure);
        }
        pendingTailSeq = lastSeq;
        pendingTailHash = lastHash;
    }

    /** After a failed commit, re-read the tail from the file: the file is the truth. */
    private void reloadTail() {
        try {
            Optional<JournalRecord> last = queries.last();
            lastSeq = last.map(JournalRecord::seq).orElse(0L);
            lastHash = last.map(JournalRecord::hash).orElse(info.genesisHash());
        } catch (SQLException e) {
            log.warn("journal {}: could not re-read the last record after a failed append: {}", file, e.toString());
        }
        pendingTailSeq = lastSeq;
        pendingTailHash = lastHash;
    }

    @Override
    public DepositReceipt deposit(RecordDraft identified, SecretDraft secret) throws JournalException {
        if (identified != null && identified.kind().isSecret()) {
            throw new IllegalArgumentException("the identified record of a deposit cannot itself be secret ('"
                    + identified.kind() + "')");
        }
        lock();
        try {
            ensureOpen();
            Optional<AppendReceipt> receipt = Optional.empty();
            int pending;
            int releasedCount = 0;
            JournalRecord newest = null;
            try {
                control.execute("BEGIN IMMEDIATE");
                try {
                    if (identified != null) {
                        newest = insertRecord(identified.kind(), identified.body(), options.clock().stamp());
                        receipt = Optional.of(new AppendReceipt(newest.seq(), newest.id()));
                    }
                    List<CanonicalJson> secrets = loadBox(secret.boxId(), secret.kind());
                    secrets.add(secret.body());
                    if (secrets.size() >= options.boxReleaseThreshold()) {
                        newest = releaseShuffled(secret.kind(), secrets);
                        deleteBox(secret.boxId());
                        releasedCount = secrets.size();
                        pending = 0;
                    } else {
                        storeBox(secret.boxId(), secret.kind(), secrets);
                        pending = secrets.size();
                    }
                    control.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    rollbackAfter(e);
                    throw e;
                }
            } catch (SQLException e) {
                reloadTail();
                throw SqliteFailures.fromSql(file, "depositing a secret in box " + secret.boxId(), e);
            }
            if (newest != null) {
                advanceTo(newest);
            }
            scrubWriteAheadLog();
            return new DepositReceipt(receipt, pending, releasedCount);
        } finally {
            unlock();
        }
    }

    @Override
    public int releaseBox(String boxId) throws JournalException {
        lock();
        try {
            ensureOpen();
            JournalRecord newest;
            int released;
            try {
                control.execute("BEGIN IMMEDIATE");
                try {
                    Optional<RecordKind> kind = boxKind(boxId);
                    if (kind.isEmpty()) {
                        control.execute("ROLLBACK");
                        return 0;
                    }
                    List<CanonicalJson> secrets = loadBox(boxId, kind.get());
                    newest = releaseShuffled(kind.get(), secrets);
                    deleteBox(boxId);
                    released = secrets.size();
                    control.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    rollbackAfter(e);
                    throw e;
                }
            } catch (SQLException e) {
                reloadTail();
                throw SqliteFailures.fromSql(file, "releasing ballot box " + boxId, e);
            }
            advanceTo(newest);
            scrubWriteAheadLog();
            log.info("journal {}: released {} secret(s) from box {}", file, released, boxId);
            return released;
        } finally {
            unlock();
        }
    }

    /** Appends the secrets in a fresh random order, all with one clock reading. */
    private JournalRecord releaseShuffled(RecordKind kind, List<CanonicalJson> secrets) throws SQLException {
        List<CanonicalJson> order = new ArrayList<>(secrets);
        Collections.shuffle(order, options.random());
        // One reading for the whole batch: per-record times would only add noise, never order.
        ClockStamp releasedAt = options.clock().stamp();
        JournalRecord newest = null;
        for (CanonicalJson body : order) {
            newest = insertRecord(kind, body, releasedAt);
        }
        return newest;
    }

    private Optional<RecordKind> boxKind(String boxId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT kind FROM ballot_box WHERE box_id = ?")) {
            select.setString(1, boxId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(RecordKind.of(rows.getString(1))) : Optional.empty();
            }
        }
    }

    private List<CanonicalJson> loadBox(String boxId, RecordKind kind) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT kind, secrets FROM ballot_box WHERE box_id = ?")) {
            select.setString(1, boxId);
            try (ResultSet rows = select.executeQuery()) {
                List<CanonicalJson> secrets = new ArrayList<>();
                if (!rows.next()) {
                    return secrets;
                }
                if (!kind.name().equals(rows.getString(1))) {
                    throw new IllegalArgumentException("ballot box " + boxId + " holds '" + rows.getString(1)
                            + "' secrets, not '" + kind + "'");
                }
                for (JsonNode element : CanonicalJson.fromStoredBytes(rows.getBytes(2)).tree().path("secrets")) {
                    secrets.add(CanonicalJson.of(element));
                }
                return secrets;
            }
        }
    }

    private void storeBox(String boxId, RecordKind kind, List<CanonicalJson> secrets) throws SQLException {
        // Reshuffled on every write: the array's order never reflects the order of deposits.
        List<CanonicalJson> order = new ArrayList<>(secrets);
        Collections.shuffle(order, options.random());
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        order.forEach(secret -> array.add(secret.tree()));
        byte[] blob = CanonicalJson.of(JsonNodeFactory.instance.objectNode().set("secrets", array)).bytes();
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO ballot_box (box_id, kind, pending, secrets) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (box_id) DO UPDATE SET pending = excluded.pending, secrets = excluded.secrets")) {
            upsert.setString(1, boxId);
            upsert.setString(2, kind.name());
            upsert.setInt(3, order.size());
            upsert.setBytes(4, blob);
            upsert.executeUpdate();
        }
    }

    private void deleteBox(String boxId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ballot_box WHERE box_id = ?")) {
            delete.setString(1, boxId);
            delete.executeUpdate();
        }
    }

    /**
     * Copies the write-ahead log into the database and truncates it to zero bytes, so the log
     * holds no history of ballot boxes. If a reader keeps the log busy, it is retried after the
     * next commit and at close.
     */
    private void scrubWriteAheadLog() {
        try (ResultSet result = control.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            boolean busy = result.next() && result.getInt(1) != 0;
            if (busy != scrubPending) {
                if (busy) {
                    log.warn("journal {}: a reader kept the write-ahead log busy; it will be truncated after the next "
                            + "commit", file);
                }
                scrubPending = busy;
            }
        } catch (SQLException e) {
            scrubPending = true;
            log.warn("journal {}: checkpoint failed ({}); retrying after the next commit", file, e.getMessage());
        }
    }

    @Override
    public int pendingInBox(String boxId) throws JournalException {
        return read(() -> queries.pendingSecrets(boxId), "counting ballot box " + boxId);
    }

    @Override
    public JournalInfo info() {
        return info;
    }

    @Override
    public long lastSeq() throws JournalException {
        lock();
        try {
            ensureOpen();
            return lastSeq;
        } finally {
            unlock();
        }
    }

    @Override
    public List<JournalRecord> readAfter(long afterSeq, int maxRecords) throws JournalException {
        return read(() -> queries.readAfter(afterSeq, maxRecords), "reading records after " + afterSeq);
    }

    @Override
    public JournalStats stats() throws JournalException {
        return read(() -> queries.stats(file), "reading journal statistics");
    }

    private interface SqlRead<T> {
        T run() throws SQLException;
    }

    private <T> T read(SqlRead<T> query, String action) throws JournalException {
        lock();
        try {
            ensureOpen();
            return query.run();
        } catch (SQLException e) {
            throw SqliteFailures.fromSql(file, action, e);
        } finally {
            unlock();
        }
    }

    private void ensureOpen() throws JournalException {
        if (closed) {
            throw new JournalException(Failure.CLOSED, file, "the journal is closed");
        }
    }

    /** The file this journal writes. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            commitQueued(); // fails anything still queued with CLOSED
            if (scrubPending) {
                scrubWriteAheadLog();
            }
            try {
                queries.close();
                insert.close();
                control.close();
            } catch (SQLException e) {
                log.warn("journal {}: closing statements: {}", file, e.toString());
            }
            closeQuietly(connection);
            writerLock.close();
        } finally {
            unlock();
        }
    }

    static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing after a failure; the failure is what gets reported.
            }
        }
    }

    /** A queued append, completed by whichever thread commits it. */
    private static final class PendingAppend {
        private final RecordDraft draft;
        private volatile AppendReceipt receipt;
        private volatile JournalException failure;

        PendingAppend(RecordDraft draft) {
            this.draft = draft;
        }

        RecordDraft draft() {
            return draft;
        }

        boolean isDone() {
            return receipt != null || failure != null;
        }

        void complete(AppendReceipt done) {
            receipt = done;
        }

        void fail(JournalException cause) {
            failure = cause;
        }

        AppendReceipt receipt(Path file) throws JournalException {
            if (failure != null) {
                // A fresh exception per caller, so each thread's stack trace is its own.
                throw new JournalException(failure.failure(), file, failure.getMessage(), failure);
            }
            return receipt;
        }
    }
}
