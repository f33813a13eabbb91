package org.madang.central.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.madang.central.Central;
import org.madang.central.CentralHome;
import org.madang.central.derived.RecordBodies;
import org.madang.journal.JournalRecord;
import org.madang.journal.chain.RecordHasher;
import org.madang.journal.chain.Sha256;
import org.madang.sync.api.SyncApi;
import org.madang.sync.api.wire.UploadBatch;
import org.madang.sync.api.wire.WireJson;

/**
 * Where ingest's time goes, step by step, in one warm JVM and without HTTP, over the same gzip
 * bodies the sync benchmark posts: inflating, tokenizing the JSON, decoding the records, reading
 * the check-in bodies, recomputing the hashes, bare SQLite inserts of one row per record (with and
 * without the unique index on the record id that idempotency needs), the floor of a log-structured
 * design (decision 0013: decode, hashes, ids in a hash set, the body appended and synced), and the central's whole
 * {@code ingest} into a fresh SQLite file. Each figure is the best of R rounds, in milliseconds per
 * 100,000 records: a floor to set against the raw POST figure of the same run
 * (docs/decisions/0013-ingest-throughput-goal.md).
 */
final class IngestStages {

    private static final String BARE_INSERT = "INSERT INTO r VALUES (?, ?, ?, ?, ?, ?)";

    private final Path work;
    private final int rounds;
    private final double scale;
    private final List<String> table = new ArrayList<>();
    private int files;
    private long sink;

    private IngestStages(Path work, int rounds, int records) {
        this.work = work;
        this.rounds = rounds;
        this.scale = 100_000.0 / records;
    }

    /** The Markdown table of every step for a journal of {@code records} cut into batches of {@code batch}. */
    static List<String> table(Path work, int records, int batch, int rounds) throws Exception {
        IngestStages stages = new IngestStages(work, rounds, records);
        stages.run(records, batch);
        return stages.table;
    }

    private void run(int count, int batch) throws Exception {
        SecureRandom random = new SecureRandom();
        BenchJournal journal = new BenchJournal("bench-stages", count, random);
        List<byte[]> bodies = journal.bodies(batch);
        List<UploadBatch> decoded = new ArrayList<>();
        for (byte[] body : bodies) {
            decoded.add(UploadBatch.decode(body, SyncApi.MAX_INFLATED_BYTES));
        }
        table.add(String.format(Locale.ROOT, "| ingest step, in this JVM, no HTTP | ms per 100,000 records (best of %d) |",
                rounds));
        table.add("|---|---|");
        step("inflate the gzip bodies", () -> {
            long n = 0;
            byte[] buffer = new byte[64 * 1024];
            for (byte[] body : bodies) {
                try (InputStream in = inflating(body)) {
                    for (int r; (r = in.read(buffer)) > 0;) {
                        n += r;
                    }
                }
            }
            return n;
        });
        step("inflate + JSON tokens (no values made)", () -> {
            long n = 0;
            for (byte[] body : bodies) {
                try (JsonParser parser = WireJson.MAPPER.getFactory().createParser(inflating(body))) {
                    for (JsonToken t; (t = parser.nextToken()) != null;) {
                        n += t.ordinal();
                    }
                }
            }
            return n;
        });
        step("`UploadBatch.decode` (inflate, parse, records)", () -> {
            long n = 0;
            for (byte[] body : bodies) {
                n += UploadBatch.decode(body, SyncApi.MAX_INFLATED_BYTES).records().size();
            }
            return n;
        });
        step("`RecordBodies.read` (check-in rows)", () -> {
            long n = 0;
            for (UploadBatch b : decoded) {
                for (JournalRecord record : b.records()) {
                    n += RecordBodies.read(record).hashCode();
                }
            }
            return n;
        });
        step("`RecordHasher.hash` (every hash recomputed)", () -> {
            long n = 0;
            for (UploadBatch b : decoded) {
                for (JournalRecord r : b.records()) {
                    n += RecordHasher.hash(r.seq(), r.id(), r.kind(), r.body(), r.clock(), r.prevHash(), r.keyId())
                            .bytes()[0];
                }
            }
            return n;
        });
        String columns = "journal_id TEXT NOT NULL, seq BIGINT NOT NULL, id TEXT NOT NULL%s, body TEXT NOT NULL,"
                + " hash TEXT NOT NULL, signature TEXT NOT NULL";
        bare("bare SQLite insert, 6 columns, key (journal, seq), unique id",
                "CREATE TABLE r (" + columns.formatted(" UNIQUE") + ", PRIMARY KEY (journal_id, seq))", decoded);
        bare("the same without the unique id (a WITHOUT ROWID table on the key)", "CREATE TABLE r (" + columns.formatted("")
                + ", PRIMARY KEY (journal_id, seq)) WITHOUT ROWID", decoded);
        bare("the same with no index at all (rowid only)", "CREATE TABLE r (" + columns.formatted("") + ")", decoded);
        // Decision 0013's "log plus in-memory id index" design, at its floor: what it must still do.
        step("log design floor: decode, hashes, ids in memory, append + fdatasync", () -> {
            Path file = work.resolve("stages-" + files++ + ".log");
            Set<String> ids = new HashSet<>();
            long n = 0;
            try (FileChannel log = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                for (byte[] body : bodies) {
                    for (JournalRecord r : UploadBatch.decode(body, SyncApi.MAX_INFLATED_BYTES).records()) {
                        Sha256 hash = RecordHasher.hash(r.seq(), r.id(), r.kind(), r.body(), r.clock(), r.prevHash(),
                                r.keyId());
                        if (!hash.equals(r.hash()) || !ids.add(r.id())) {
                            throw new IllegalStateException("the benchmark's own journal does not verify");
                        }
                        n++;
                    }
                    log.write(ByteBuffer.wrap(body));
                    log.force(false);
                }
            }
            Files.deleteIfExists(file);
            return n;
        });
        timed("`Central.ingest`: SQLite, chain head", () -> {
            Path home = work.resolve("stages-home-" + files++);
            CentralHome.init(home, random);
            try (Central central = Central.open(CentralHome.open(home), Optional.empty(), Clock.systemUTC())) {
                String code = central.createEnrollmentCode(BenchJournal.SITE, Set.of("checkin"), Duration.ofHours(1));
                central.enroll(journal.enrollment(code));
                long t0 = System.nanoTime();
                for (UploadBatch b : decoded) {
                    central.ingest(b.deviceId(), b.journalId(), b.records(), Central.SOURCE_UPLOAD);
                }
                return System.nanoTime() - t0;
            }
        });
    }

    private static InputStream inflating(byte[] body) throws java.io.IOException {
        return new GZIPInputStream(new ByteArrayInputStream(body), 64 * 1024);
    }

    /** One row per record into a fresh SQLite file (WAL, synchronous FULL, a transaction per batch). */
    private void bare(String name, String create, List<UploadBatch> decoded) throws Exception {
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        step(name, () -> {
            Path file = work.resolve("stages-" + files++ + ".db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode = WAL");
                    s.execute("PRAGMA synchronous = FULL");
                    s.execute(create);
                }
                c.setAutoCommit(false);
                for (UploadBatch b : decoded) {
                    try (PreparedStatement insert = c.prepareStatement(BARE_INSERT)) {
                        for (JournalRecord r : b.records()) {
                            insert.setString(1, b.journalId());
                            insert.setLong(2, r.seq());
                            insert.setString(3, r.id());
                            insert.setString(4, r.body().text());
                            insert.setString(5, r.hash().hex());
                            insert.setString(6, base64url.encodeToString(r.signature().bytes()));
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                    c.commit();
                }
            }
            Files.deleteIfExists(file);
            return 0;
        });
    }

    /** A step; its result feeds {@link #sink}, so that the JIT cannot drop the work. */
    private interface Step {
        long run() throws Exception;
    }

    /** A step with set-up of its own that it leaves out: it measures itself and returns nanoseconds. */
    private interface TimedStep {
        long nanos() throws Exception;
    }

    private void step(String name, Step step) throws Exception {
        timed(name, () -> {
            long t0 = System.nanoTime();
            sink += step.run();
            return System.nanoTime() - t0;
        });
    }

    private void timed(String name, TimedStep step) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            best = Math.min(best, step.nanos() / 1e6 * scale);
        }
        table.add(String.format(Locale.ROOT, "| %s | %.0f |", name, best));
        System.err.printf(Locale.ROOT, "bench: stage %s: %.0f ms per 100,000 (%d)%n", name, best, sink & 1);
    }
}
