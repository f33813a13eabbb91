package org.madang.device.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the sync agent knows about its device's upload, as kept in {@code <dataDir>/sync/state.json}
 * (documented in docs/sync-agent.md; the kiosk reads it for its staff screen and status LED).
 *
 * <p>{@code ackedSeq} is only ever a {@code storedThrough} the central answered, so the central holds
 * every record up to it; a record above it may or may not be there, and is sent (again) next.
 *
 * @param schemaVersion the file format, {@link #SCHEMA_VERSION}
 * @param journalId the journal these positions belong to
 * @param ackedSeq the highest sequence number the central said it stored (0 for none)
 * @param ackedHash that record's hash (hex), when known
 * @param contentEtag the ETag of the content bundle last installed from the central
 * @param contentVersion that bundle's version
 * @param clockOffsetMillis central clock minus device clock, as last measured (0 before any measurement)
 * @param clockMeasuredAt when it was measured, in device time
 * @param lastAttemptAt when the last pass started
 * @param lastSuccessAt when a pass last left nothing waiting, with the central reachable throughout
 * @param lastError the last pass's error, if it had one
 * @param blocked the record the central refused, if the upload is stopped at one
 */
public record SyncState(int schemaVersion, String journalId, long ackedSeq, Optional<String> ackedHash,
        Optional<String> contentEtag, Optional<Integer> contentVersion, long clockOffsetMillis,
        Optional<Instant> clockMeasuredAt, Optional<Instant> lastAttemptAt, Optional<Instant> lastSuccessAt,
        Optional<LastError> lastError, Optional<Blocked> blocked) {

    /** The format this software reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    public SyncState {
        Objects.requireNonNull(journalId, "journalId");
        Objects.requireNonNull(ackedHash, "ackedHash");
        Objects.requireNonNull(contentEtag, "contentEtag");
        Objects.requireNonNull(contentVersion, "contentVersion");
        Objects.requireNonNull(clockMeasuredAt, "clockMeasuredAt");
        Objects.requireNonNull(lastAttemptAt, "lastAttemptAt");
        Objects.requireNonNull(lastSuccessAt, "lastSuccessAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(blocked, "blocked");
        if (ackedSeq < 0) {
            throw new IllegalArgumentException("ackedSeq must be 0 or more, got " + ackedSeq);
        }
    }

    /**
     * The last error of a pass.
     *
     * @param code a stable code: a {@code ProblemCode} name of the central, or one of the agent's
     *     ({@code NETWORK}, {@code TIMEOUT}, {@code SERVER_ERROR}, {@code GARBLED_ANSWER},
     *     {@code UNTRUSTED_CERTIFICATE}, {@code CERTIFICATE_DATES}, {@code JOURNAL},
     *     {@code CONTENT_INVALID}, {@code RECORDS_REFUSED})
     * @param message a technical sentence in English, for support
     * @param at when it happened, in device time
     */
    public record LastError(String code, String message, Instant at) {
        public LastError {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The first record the central refused; the upload stops before it until the cause is fixed.
     *
     * @param seq its sequence number
     * @param reason the central's {@code RejectReason} name
     * @param detail the central's sentence
     */
    public record Blocked(long seq, String reason, String detail) {
        public Blocked {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** The state of a journal nothing has been uploaded from yet. */
    public static SyncState initial(String journalId) {
        return new SyncState(SCHEMA_VERSION, journalId, 0, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** With a new acknowledged position. */
    public SyncState withAck(long seq, Optional<String> hash) {
        return new SyncState(schemaVersion, journalId, seq, hash, contentEtag, contentVersion, clockOffsetMillis,
                clockMeasuredAt, lastAttemptAt, lastSuccessAt, lastError, blocked);
    }

    /** With the content bundle just installed. */
    public SyncState withContent(String etag, int version) {
        return new SyncState(schemaVersion, journalId, ackedSeq, ackedHash, Optional.ofNullable(etag),
                Optional.of(version), clockOffsetMillis, clockMeasuredAt, lastAttemptAt, lastSuccessAt, lastError, blocked);
    }

    /** With a new clock measurement. */
    public SyncState withClock(long offsetMillis, Instant measuredAt) {
        return new SyncState(schemaVersion, journalId, ackedSeq, ackedHash, contentEtag, contentVersion, offsetMillis,
                Optional.of(measuredAt), lastAttemptAt, lastSuccessAt, lastError, blocked);
    }

    /** With the start of a pass. */
    public SyncState withAttempt(Instant at) {
        return new SyncState(schemaVersion, journalId, ackedSeq, ackedHash, contentEtag, contentVersion,
                clockOffsetMillis, clockMeasuredAt, Optional.of(at), lastSuccessAt, lastError, blocked);
    }

    /** With a pass that left nothing waiting and met no error. */
    public SyncState withSuccess(Instant at) {
        return new SyncState(schemaVersion, journalId, ackedSeq, ackedHash, contentEtag, contentVersion,
                clockOffsetMillis, clockMeasuredAt, lastAttemptAt, Optional.of(at), Optional.empty(), blocked);
    }

    /** With (or, given empty, without) an error. */
    public SyncState withError(Optional<LastError> error) {
        return new SyncState(schemaVersion, journalId, ackedSeq, ackedHash, contentEtag, contentVersion,
                clockOffsetMillis, clockMeasuredAt, lastAttemptAt, lastSuccessAt, error, blocked);
    }

    /** With (or, given empty, without) a refused record. */
    public SyncState withBlocked(Optional<Blocked> refused) {
        return new SyncState(schemaVersion, journalId, ackedSeq, ackedHash, contentEtag, contentVersion,
                clockOffsetMillis, clockMeasuredAt, lastAttemptAt, lastSuccessAt, lastError, refused);
    }
}
