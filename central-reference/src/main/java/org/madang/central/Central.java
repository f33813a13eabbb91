package org.madang.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.madang.central.admin.PollReports;
import org.madang.central.admin.Reports;
import org.madang.central.admin.SurveyReports;
import org.madang.central.content.PublishedContent;
import org.madang.central.poll.ClosingImport;
import org.madang.central.poll.PollKeys;
import org.madang.central.content.ContentRejected;
import org.madang.central.content.Publisher;
import org.madang.central.enroll.Enrollments;
import org.madang.central.errors.CentralRefusal;
import org.madang.central.errors.StorageFailure;
import org.madang.central.ingest.Ingestor;
import org.madang.central.ingest.SignaturePolicy;
import org.madang.central.store.Database;
import org.madang.central.store.DeviceRow;
import org.madang.central.store.Devices;
import org.madang.central.store.Nonces;
import org.madang.central.store.Publication;
import org.madang.central.store.SqlWork;
import org.madang.journal.JournalRecord;
import org.madang.sync.api.auth.NonceLedger;
import org.madang.sync.api.auth.RequestVerifier;
import org.madang.sync.api.export.ExportManifest;
import org.madang.sync.api.export.ExportReader;
import org.madang.sync.api.wire.EnrollmentRequest;
import org.madang.sync.api.wire.Heartbeat;
import org.madang.sync.api.wire.ProblemCode;
import org.madang.sync.api.wire.RecordVerdict;
import org.madang.sync.api.wire.UploadResult;
import org.madang.sync.api.wire.WireFormatException;

/**
 * Everything the server and the command line do, without HTTP: enrollment codes, enrollment,
 * ingest with per-record verdicts, content publishing, USB imports and the admin reports.
 * Thread-safe. Storage failures surface as {@link StorageFailure}, refusals of a whole request
 * as {@link CentralRefusal}.
 */
public final class Central implements AutoCloseable {

    /** Records per batch when importing a USB export (the same path as an upload). */
    static final int IMPORT_BATCH = 2_000;
    /** The source recorded with uploaded records. */
    public static final String SOURCE_UPLOAD = "upload";
    /** The source recorded with imported records. */
    public static final String SOURCE_IMPORT = "import";

    private final CentralHome home;
    private final Database database;
    private final Clock clock;
    private final ExecutorService verifiers;
    private final Ingestor ingestor;
    private final Enrollments enrollments;
    private final Publisher publisher;
    private final Reports reports;
    private final PollReports pollReports;
    private final SurveyReports surveyReports;
    private final ClosingImport closingImport;

    private Central(CentralHome home, Database database, Clock clock, SignaturePolicy signatures) {
        this.home = home;
        this.database = database;
        this.clock = clock;
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicInteger threads = new AtomicInteger();
        this.verifiers = Executors.newFixedThreadPool(cores, task -> {
            Thread thread = new Thread(task, "signature-verifier-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.ingestor = new Ingestor(database, clock, verifiers, cores, signatures);
        this.enrollments = new Enrollments(database, clock, new SecureRandom());
        this.publisher = new Publisher(database, clock, home.signingKey(), home.signingKeyId());
        this.reports = new Reports(database);
        PublishedContent content = new PublishedContent(home.signingKeyId(), home.signingKey().publicKey());
        this.pollReports = new PollReports(clock, content, new PollKeys(home.dir()));
        this.surveyReports = new SurveyReports(content);
        this.closingImport = new ClosingImport(content);
    }

    /**
     * Opens the central of a home on its SQLite file or the given database.
     *
     * @throws StorageFailure when the database cannot be opened or is not the central's
     */
    public static Central open(CentralHome home, Optional<String> jdbcUrl, Clock clock) {
        return open(home, jdbcUrl, clock, SignaturePolicy.CHAIN_HEAD);
    }

    /**
     * Opens the central verifying record signatures as {@code signatures} says.
     *
     * @throws StorageFailure when the database cannot be opened or is not the central's
     */
    public static Central open(CentralHome home, Optional<String> jdbcUrl, Clock clock, SignaturePolicy signatures) {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(clock, "clock");
        String url = jdbcUrl.orElse(home.defaultJdbcUrl());
        try {
            return new Central(home, Database.open(url), clock, signatures);
        } catch (SQLException e) {
            throw new StorageFailure("cannot open the database", e);
        }
    }

    /** Before serving: opens the database connections the server will use (see {@link Database#openAllConnections}). */
    void openAllConnections() {
        database.openAllConnections();
    }

    /** The home this central runs from. */
    public CentralHome home() {
        return home;
    }

    /** The central's clock. */
    public Clock clock() {
        return clock;
    }

    /**
     * A one-time enrollment code for a site, valid for {@code validity}.
     *
     * @throws IllegalArgumentException naming a bad site code, role or validity
     */
    public String createEnrollmentCode(String siteCode, Set<String> roles, Duration validity) {
        return sql("create an enrollment code", () -> enrollments.createCode(siteCode, roles, validity));
    }

    /**
     * A one-time enrollment code for a site with its exact expiry, for the enrollment QR.
     *
     * @throws IllegalArgumentException naming a bad site code, role or validity
     */
    public Enrollments.Issued issueEnrollmentCode(String siteCode, Set<String> roles, Duration validity) {
        return sql("create an enrollment code", () -> enrollments.issue(siteCode, roles, validity));
    }

    /**
     * Enrolls a device whose request signature by the presented key was already checked.
     *
     * @throws CentralRefusal {@code ENROLLMENT_CODE_INVALID}, {@code SITE_MISMATCH}, {@code DEVICE_ID_TAKEN}
     */
    public Enrollments.Enrolled enroll(EnrollmentRequest request) {
        return sql("enrol a device", () -> enrollments.enroll(request));
    }

    /**
     * Publishes a content payload: sets {@code version} (latest + 1) and {@code issuedAt}, signs
     * it and validates it as devices will.
     *
     * @return the new version
     * @throws ContentRejected listing every problem; nothing is published
     */
    public int publish(JsonNode contentPayload) {
        return sql("publish content", () -> publisher.publish(contentPayload));
    }

    /** The bundle devices download now. */
    public Optional<Publication> latestContent() {
        return sql("read the content", publisher::latest);
    }

    /**
     * Stores what can be stored of a batch of one device's records, with a verdict for each.
     *
     * @param source {@link #SOURCE_UPLOAD} or {@link #SOURCE_IMPORT}
     * @throws CentralRefusal {@code DEVICE_NOT_ENROLLED}, {@code JOURNAL_MISMATCH}, {@code MALFORMED_REQUEST}
     */
    public UploadResult ingest(String deviceId, String journalId, List<JournalRecord> records, String source) {
        try {
            return ingestor.ingest(deviceId, journalId, records, source);
        } catch (SQLException e) {
            throw new StorageFailure("cannot store the records of device " + deviceId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CentralRefusal(ProblemCode.UNAVAILABLE, "the central is shutting down; send the records again");
        }
    }

    /**
     * Imports a USB export: verifies the whole file first, enrolls its device with
     * {@code enrollmentCode} if it is not enrolled yet, then ingests it in batches like an
     * upload. Importing the same file again stores nothing.
     *
     * @throws CentralRefusal {@code MALFORMED_REQUEST} for a damaged or altered file,
     *     {@code DEVICE_NOT_ENROLLED} without a code, and the enrollment and ingest refusals
     * @throws UncheckedIOException when the file cannot be read
     */
    public ImportResult importExport(Path file, Optional<String> enrollmentCode) {
        ExportManifest manifest;
        try {
            manifest = ExportReader.verify(file);
        } catch (WireFormatException e) {
            throw new CentralRefusal(ProblemCode.MALFORMED_REQUEST, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Optional<DeviceRow> device = sql("find the device", () -> database.transaction(c -> Devices.find(c, manifest.deviceId())));
        if (device.isPresent() && !device.get().keyId().equals(manifest.keyId())) {
            throw new CentralRefusal(ProblemCode.DEVICE_ID_TAKEN, "device " + manifest.deviceId()
                    + " is enrolled with key " + device.get().keyId() + " but the export is signed by key " + manifest.keyId());
        }
        if (device.isEmpty()) {
            String code = enrollmentCode.orElseThrow(() -> new CentralRefusal(ProblemCode.DEVICE_NOT_ENROLLED, "device "
                    + manifest.deviceId() + " is not enrolled: import with --enroll-code CODE (a code for site "
                    + manifest.siteCode() + ")"));
            enroll(new EnrollmentRequest(code, manifest.deviceId(), manifest.siteCode(), manifest.publicKey(), "import"));
        }
        AtomicLong storedThrough = new AtomicLong();
        int[] counts = new int[2];
        List<RecordVerdict> rejected = new ArrayList<>();
        try {
            ExportReader.forEachBatch(file, IMPORT_BATCH, batch -> {
                if (!rejected.isEmpty()) {
                    return;
                }
                UploadResult result = ingest(manifest.deviceId(), manifest.journalId(), batch, SOURCE_IMPORT);
                storedThrough.set(result.storedThrough());
                counts[0] += result.stored();
                counts[1] += result.duplicates();
                rejected.addAll(result.rejected());
            });
        } catch (CentralRefusal | StorageFailure e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (Exception e) {
            throw new CentralRefusal(ProblemCode.MALFORMED_REQUEST, file + " cannot be read: " + e.getMessage());
        }
        if (manifest.lastSeq() == 0) {
            storedThrough.set(sql("read the position", () -> database.transaction(c -> Devices.position(c,
                    manifest.journalId(), org.madang.journal.chain.RecordHasher.genesis(manifest.journalId())).storedThrough())));
        }
        return new ImportResult(manifest.deviceId(), manifest.journalId(), storedThrough.get(), counts[0], counts[1], rejected);
    }

    /** Stores a device's heartbeat (the caller checked it is that device's). */
    public void heartbeat(Heartbeat heartbeat) {
        sql("store a heartbeat", () -> database.transaction(c -> {
            Devices.heartbeat(c, heartbeat, clock.instant());
            return null;
        }));
    }

    /** The enrolled device whose key has this id. */
    public Optional<DeviceRow> deviceByKeyId(String keyId) {
        return sql("find a device", () -> database.transaction(c -> Devices.findByKeyId(c, keyId)));
    }

    /** The nonce memory of signed requests, in the database (so it survives a restart). */
    public NonceLedger nonceLedger() {
        return (keyId, nonce, seenAt) -> sql("remember a nonce", () -> database.transaction(
                c -> Nonces.firstUse(c, keyId, nonce, seenAt, RequestVerifier.NONCE_MEMORY)));
    }

    /** Every enrolled device with its position and health. */
    public ArrayNode devices() {
        return sql("list devices", reports::devices);
    }

    /** Refused records, of one device if given. */
    public ArrayNode refusals(Optional<String> deviceId) {
        return sql("list refusals", () -> reports.refusals(deviceId));
    }

    /** An event's credited and duplicate check-ins. */
    public ObjectNode checkins(String eventId) {
        return sql("list check-ins", () -> reports.checkins(eventId));
    }

    /** Points per member pseudonym. */
    public ObjectNode points() {
        return sql("list points", reports::points);
    }

    /** Poll-book entries (ballots handed out) of a poll, double votes included. */
    public long pollTurnout(String pollId) {
        return pollResults(pollId).get("turnout").asLong();
    }

    /**
     * A poll's report: turnout per method, double votes, closing sheets compared with what each
     * terminal synced and, only after the poll closed, its results (else {@code resultsAvailableAt}).
     */
    public ObjectNode pollResults(String pollId) {
        return sql("read a poll", () -> database.transaction(c -> pollReports.poll(c, pollId)));
    }

    /**
     * Imports a closing sheet's QR text ({@code MADANG-CLOSE2:…}): verified with the signing
     * device's registered key, stored once per device and poll, compared with what it synced.
     *
     * @throws org.madang.central.poll.ClosingRefused for a text that is not an enrolled device's genuine closing sheet
     */
    public ObjectNode importClosing(String qrText) {
        return sql("import a closing sheet", () -> database.transaction(
                c -> closingImport.importText(c, qrText, clock.instant())));
    }

    /** Duplicate check-ins, duplicate voters and duplicate survey points claims across terminals. */
    public ObjectNode duplicates() {
        return sql("list duplicates", reports::duplicates);
    }

    /** Voters (not staff) with more than one poll-book entry for a poll. */
    public ArrayNode duplicateVoters() {
        return (ArrayNode) duplicates().get("voters");
    }

    /** Response and points-claim counts per survey. */
    public ObjectNode surveys() {
        return sql("list surveys", () -> database.transaction(surveyReports::surveys));
    }

    /** A survey's responses as CSV (UTF-8 with BOM, RFC 4180, one column per question). */
    public byte[] surveyCsv(String surveyId) {
        return sql("export a survey", () -> database.transaction(c -> surveyReports.csv(c, surveyId)));
    }

    @Override
    public void close() {
        verifiers.shutdownNow();
        database.close();
    }

    /** A database call whose SQLException becomes a {@link StorageFailure}. */
    @FunctionalInterface
    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T sql(String what, SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new StorageFailure("cannot " + what, e);
        }
    }

    /** For tests and tools that need a transaction of their own. */
    <T> T transaction(SqlWork<T> work) {
        return sql("run a transaction", () -> database.transaction(work));
    }
}
