package org.madang.sync.agent.pass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.madang.device.content.ContentStore;
import org.madang.device.sync.SyncState;
import org.madang.journal.JournalException;
import org.madang.journal.JournalStats;
import org.madang.sync.agent.central.CentralClient;
import org.madang.sync.agent.central.CentralException;
import org.madang.sync.agent.central.CentralRefusedException;
import org.madang.sync.agent.central.CentralUnavailableException;
import org.madang.sync.agent.central.ClockMeasurement;
import org.madang.sync.agent.content.ContentSync;
import org.madang.sync.agent.state.StateKeeper;
import org.madang.sync.agent.text.StaffTexts;
import org.madang.sync.agent.text.Text;
import org.madang.sync.agent.upload.Batches;
import org.madang.sync.agent.upload.JournalThread;
import org.madang.sync.agent.upload.UploadReport;
import org.madang.sync.agent.upload.Uploader;
import org.madang.sync.api.wire.Heartbeat;
import org.madang.sync.agent.enroll.QueuedEnrollment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the agent: measure the clock, upload until nothing is left, fetch content, send a
 * heartbeat. Records the attempt, errors and success in the state file, and logs one INFO line.
 */
public final class SyncPass {

    private static final Logger LOG = LoggerFactory.getLogger(SyncPass.class);

    private final String deviceId;
    private final String softwareVersion;
    private final Path dataDir;
    private final CentralClient central;
    private final JournalThread journal;
    private final Batches batches;
    private final StateKeeper keeper;
    private final ContentStore content;
    private final Clock clock;
    private final BooleanSupplier stopRequested;
    private final Optional<QueuedEnrollment> queuedEnrollment;

    /** A pass over these parts; {@code batches} reads through {@code journal}'s reader. */
    public SyncPass(String deviceId, String softwareVersion, Path dataDir, CentralClient central, JournalThread journal,
            Batches batches, StateKeeper keeper, ContentStore content, Clock clock, BooleanSupplier stopRequested) {
        this(deviceId, softwareVersion, dataDir, central, journal, batches, keeper, content, clock, stopRequested,
                Optional.empty());
    }

    /** A pass that first completes an enrollment {@code device-config provision} queued, if there is one. */
    public SyncPass(String deviceId, String softwareVersion, Path dataDir, CentralClient central, JournalThread journal,
            Batches batches, StateKeeper keeper, ContentStore content, Clock clock, BooleanSupplier stopRequested,
            Optional<QueuedEnrollment> queuedEnrollment) {
        this.queuedEnrollment = queuedEnrollment;
        this.deviceId = deviceId;
        this.softwareVersion = softwareVersion;
        this.dataDir = dataDir;
        this.central = central;
        this.journal = journal;
        this.batches = batches;
        this.keeper = keeper;
        this.content = content;
        this.clock = clock;
        this.stopRequested = stopRequested;
    }

    /** Runs one pass; never throws for the central's or the journal's failures, it reports them. */
    public PassResult run() throws InterruptedException {
        Instant start = clock.instant();
        long ackedBefore = keeper.state().ackedSeq();
        Optional<SyncState.LastError> error = Optional.empty();
        Optional<Text> problem = Optional.empty();
        Optional<Duration> retryAfter = Optional.empty();
        Optional<UploadReport> upload = Optional.empty();
        PassResult.Outcome outcome;
        try {
            keeper.update(state -> state.withAttempt(start));
            if (queuedEnrollment.isPresent()) {
                // Before the upload: the central knows the device only once this has succeeded.
                queuedEnrollment.get().completeIfQueued().ifPresent(enrolled -> LOG.info(
                        "device {}: queued enrollment completed: enrolled as {} at site {}", deviceId,
                        enrolled.deviceId(), enrolled.siteCode()));
            }
            ClockMeasurement measured = central.measureClock();
            keeper.update(state -> state.withClock(measured.offsetMillis(), measured.measuredAt()));
            UploadReport report = new Uploader(deviceId, central, journal, batches, keeper, stopRequested).run();
            upload = Optional.of(report);
            outcome = report.stopped() ? PassResult.Outcome.STOPPED
                    : report.blocked().isPresent() ? PassResult.Outcome.BLOCKED : PassResult.Outcome.DONE;
            if (report.blocked().isPresent()) {
                SyncState.Blocked blocked = report.blocked().get();
                problem = Optional.of(Text.of("upload.blocked", blocked.seq(), blocked.reason(), blocked.detail()));
                error = Optional.of(new SyncState.LastError("RECORDS_REFUSED", "central refused record " + blocked.seq()
                        + " (" + blocked.reason() + "): " + blocked.detail(), clock.instant()));
            }
        } catch (CentralException e) {
            outcome = e instanceof CentralRefusedException ? PassResult.Outcome.REFUSED : PassResult.Outcome.UNAVAILABLE;
            if (e instanceof CentralUnavailableException unavailable) {
                retryAfter = unavailable.retryAfter();
            }
            problem = Optional.of(StaffTexts.of(e));
            error = Optional.of(new SyncState.LastError(e.code(), e.getMessage(), clock.instant()));
            LOG.error("device {}: upload failed: {}", deviceId, problem.get().english());
        } catch (JournalException | IOException | RuntimeException e) {
            outcome = PassResult.Outcome.LOCAL_FAILURE;
            problem = Optional.of(Text.of("error.local", e.toString()));
            error = Optional.of(new SyncState.LastError("LOCAL", e.toString(), clock.instant()));
            LOG.error("device {}: upload failed on the device itself", deviceId, e);
        }
        boolean reachable = outcome != PassResult.Outcome.UNAVAILABLE && outcome != PassResult.Outcome.LOCAL_FAILURE
                && outcome != PassResult.Outcome.STOPPED;
        long waiting = waiting();
        if (reachable) {
            Optional<SyncState.LastError> contentError = fetchContent();
            Optional<SyncState.LastError> heartbeatError = heartbeat(waiting, error.or(() -> contentError));
            error = error.or(() -> contentError).or(() -> heartbeatError);
        }
        Instant end = clock.instant();
        Optional<SyncState.LastError> finalError = error;
        try {
            if (outcome == PassResult.Outcome.DONE && error.isEmpty()) {
                keeper.update(state -> state.withSuccess(end));
            } else if (outcome != PassResult.Outcome.STOPPED) {
                keeper.update(state -> state.withError(finalError));
            }
        } catch (IOException e) {
            LOG.error("device {}: cannot write the state file", deviceId, e);
        }
        Duration took = Duration.between(start, end);
        UploadReport counts = upload.orElse(new UploadReport(0, 0, 0, 0, keeper.state().ackedSeq(), Optional.empty(), false));
        LOG.info("device {}: pass {}: sent={} stored={} duplicates={} requests={} acked={} waiting={} took={}ms",
                deviceId, outcome, counts.sent(), counts.stored(), counts.duplicates(), counts.requests(),
                counts.ackedSeq(), waiting, took.toMillis());
        return new PassResult(outcome, upload, waiting, problem, retryAfter, took,
                keeper.state().ackedSeq() > ackedBefore);
    }

    private long waiting() throws InterruptedException {
        try {
            return Math.max(0, journal.lastSeq() - keeper.state().ackedSeq());
        } catch (JournalException e) {
            LOG.warn("device {}: cannot read the journal's last record: {}", deviceId, e.getMessage());
            return -1;
        }
    }

    private Optional<SyncState.LastError> fetchContent() {
        try {
            ContentSync.Report report = new ContentSync(deviceId, central, content, keeper).run();
            if (report.outcome() == ContentSync.Outcome.INVALID || report.outcome() == ContentSync.Outcome.ROLLBACK_REFUSED) {
                return Optional.of(new SyncState.LastError("CONTENT_INVALID", "content bundle refused: "
                        + report.problems(), clock.instant()));
            }
            return Optional.empty();
        } catch (CentralException e) {
            LOG.warn("device {}: content download failed: {}", deviceId, StaffTexts.of(e).english());
            return Optional.of(new SyncState.LastError(e.code(), "content: " + e.getMessage(), clock.instant()));
        } catch (IOException e) {
            LOG.error("device {}: cannot write the content files; the installed content stays in use", deviceId, e);
            return Optional.of(new SyncState.LastError("LOCAL", "content: " + e, clock.instant()));
        }
    }

    private Optional<SyncState.LastError> heartbeat(long waiting, Optional<SyncState.LastError> error)
            throws InterruptedException {
        try {
            JournalStats stats = journal.stats();
            long records = stats.recordsByKind().values().stream().mapToLong(Long::longValue).sum();
            central.heartbeat(new Heartbeat(deviceId, softwareVersion, records, stats.fileBytes(), Math.max(0, waiting),
                    diskFree(), error.map(e -> e.code() + ": " + e.message()).orElse(""), central.clockOffsetMillis()));
            return Optional.empty();
        } catch (CentralException e) {
            LOG.warn("device {}: heartbeat failed: {}", deviceId, StaffTexts.of(e).english());
            return Optional.of(new SyncState.LastError(e.code(), "heartbeat: " + e.getMessage(), clock.instant()));
        } catch (JournalException e) {
            LOG.warn("device {}: heartbeat skipped, journal statistics unreadable: {}", deviceId, e.getMessage());
            return Optional.empty();
        }
    }

    private long diskFree() {
        try {
            return Files.getFileStore(dataDir).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
