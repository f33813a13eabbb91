package org.madang.central.ingest;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.madang.central.derived.Derived;
import org.madang.central.derived.RecordBodies;
import org.madang.central.errors.CentralRefusal;
import org.madang.central.store.Database;
import org.madang.central.store.DeviceRow;
import org.madang.central.store.Devices;
import org.madang.central.store.JournalPosition;
import org.madang.central.store.Records;
import org.madang.central.store.Refusal;
import org.madang.central.store.StoredRecord;
import org.madang.central.store.UniqueViolation;
import org.madang.journal.JournalRecord;
import org.madang.journal.chain.ChainBreak;
import org.madang.journal.chain.ChainVerifier;
import org.madang.journal.chain.PrecheckedSignatures;
import org.madang.journal.chain.RecordHasher;
import org.madang.journal.chain.SignatureCheck;
import org.madang.journal.chain.VerificationReport;
import org.madang.journal.signing.KeyDirectory;
import org.madang.sync.api.wire.ProblemCode;
import org.madang.sync.api.wire.RecordVerdict;
import org.madang.sync.api.wire.RejectReason;
import org.madang.sync.api.wire.UploadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a device's records with a verdict for each (decision 0010): duplicates counted,
 * conflicts refused, new records verified as a chain continuing from the stored position, the
 * longest verified prefix stored with its derived rows and the new position in one transaction.
 *
 * <p>Under {@link SignaturePolicy#CHAIN_HEAD} (the default) the walk checks every hash and link and
 * then the signature of the last record it would store; only if that fails are all signatures of
 * the run verified (in parallel) and the walk repeated, so the first bad one is named. Under
 * {@link SignaturePolicy#EVERY_RECORD} signatures are verified in parallel before the transaction
 * (they dominate the cost). The chain walk, which needs the stored position, runs inside the
 * transaction with the device's row locked.
 */
public final class Ingestor {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private final Database database;
    private final Clock clock;
    private final ExecutorService verifiers;
    private final int parallelism;
    private final SignaturePolicy policy;
    private final EnrolledKeys enrolledKeys = new EnrolledKeys();

    /** An ingestor that verifies chain heads' signatures, all of a run's on {@code verifiers} when needed. */
    public Ingestor(Database database, Clock clock, ExecutorService verifiers, int parallelism) {
        this(database, clock, verifiers, parallelism, SignaturePolicy.CHAIN_HEAD);
    }

    /** An ingestor that verifies signatures as {@code policy} says, in parallel on {@code verifiers}. */
    public Ingestor(Database database, Clock clock, ExecutorService verifiers, int parallelism, SignaturePolicy policy) {
        this.database = database;
        this.clock = clock;
        this.verifiers = verifiers;
        this.parallelism = parallelism;
        this.policy = java.util.Objects.requireNonNull(policy, "policy");
    }

    /**
     * Stores what can be stored of a batch (ascending seq) from {@code deviceId}'s journal.
     *
     * @param source {@code upload} or {@code import}, kept with each record and refusal
     * @throws CentralRefusal {@code DEVICE_NOT_ENROLLED}, {@code JOURNAL_MISMATCH} or
     *     {@code MALFORMED_REQUEST} (records out of order); nothing is stored
     */
    public UploadResult ingest(String deviceId, String journalId, List<JournalRecord> records, String source)
            throws SQLException, InterruptedException {
        for (int i = 1; i < records.size(); i++) {
            if (records.get(i).seq() <= records.get(i - 1).seq()) {
                throw new CentralRefusal(ProblemCode.MALFORMED_REQUEST, "records must be in ascending seq order: "
                        + records.get(i).seq() + " follows " + records.get(i - 1).seq());
            }
        }
        Snapshot before = database.transaction(c -> {
            DeviceRow device = Devices.find(c, deviceId).orElseThrow(() -> notEnrolled(deviceId));
            return new Snapshot(device, Devices.position(c, journalId, RecordHasher.genesis(journalId)));
        });
        // The same key object for every upload of a device: its decompressed point is kept with it.
        KeyDirectory keys = KeyDirectory.of(enrolledKeys.canonical(before.device().key()));
        // Records at or below the stored position are never stored again: no need to read their bodies.
        long storedThrough = before.position().storedThrough();
        List<Derived> derived = new ArrayList<>(records.size());
        for (JournalRecord record : records) {
            derived.add(record.seq() > storedThrough ? RecordBodies.read(record) : null);
        }
        Outcome outcome;
        if (policy == SignaturePolicy.EVERY_RECORD) {
            outcome = storeCheckingIds(deviceId, journalId, records, derived, source, before, keys,
                    everySignature(records, before, keys));
        } else {
            try {
                outcome = storeCheckingIds(deviceId, journalId, records, derived, source, before, keys, null);
            } catch (HeadSignatureFailed e) {
                // Rare (a forged or damaged journal): nothing was stored; check every signature to name the first bad one.
                LOG.warn("device {}: the signature of chain head {} does not verify; checking every signature of the"
                        + " batch", deviceId, e.seq);
                outcome = storeCheckingIds(deviceId, journalId, records, derived, source, before, keys,
                        everySignature(records, before, keys));
            }
        }
        log(deviceId, source, outcome);
        return outcome.result();
    }

    /** Records at or below the stored position are duplicates or conflicts: no need to verify them. */
    private SignatureCheck everySignature(List<JournalRecord> records, Snapshot before, KeyDirectory keys)
            throws InterruptedException {
        return PrecheckedSignatures.verify(records.stream().filter(r -> r.seq() > before.position().storedThrough())
                .toList(), keys, verifiers, parallelism);
    }

    /**
     * Stores the batch trusting the database's unique index on record ids: a new record's id taken
     * by a stored record is rare (a faulty or forged journal), and looking every id up first cost
     * about as much as the chain walk (docs/benchmarks-sync.md, round 4). When the index refuses
     * an id, nothing was stored (the transaction rolled back) and the batch is stored again with
     * every id looked up, so the taken one gets its {@code CONFLICT} verdict and the records before
     * it are stored.
     */
    private Outcome storeCheckingIds(String deviceId, String journalId, List<JournalRecord> records, List<Derived> derived,
            String source, Snapshot before, KeyDirectory keys, SignatureCheck everySignature) throws SQLException {
        try {
            return store(deviceId, journalId, records, derived, source, before, keys, everySignature, false);
        } catch (SQLException e) {
            if (!UniqueViolation.isIn(e)) {
                throw e;
            }
            LOG.info("device {}: a record id of the upload is stored already; storing again with every id looked up",
                    deviceId);
            return store(deviceId, journalId, records, derived, source, before, keys, everySignature, true);
        }
    }

    /**
     * Walks and stores the batch in one transaction: with {@code everySignature} deciding every
     * signature, or, when null, verifying only the chain head's and throwing {@link
     * HeadSignatureFailed} (rolled back, nothing stored) when it fails. With {@code lookUpIds}
     * false, new records' ids are left to the unique index (see {@link #storeCheckingIds}).
     */
    private Outcome store(String deviceId, String journalId, List<JournalRecord> records, List<Derived> derived,
            String source, Snapshot before, KeyDirectory keys, SignatureCheck everySignature, boolean lookUpIds)
            throws SQLException {
        return database.transaction(c -> {
            Instant now = clock.instant();
            DeviceRow device = Devices.lock(c, database.dialect(), deviceId).orElseThrow(() -> notEnrolled(deviceId));
            if (!device.keyId().equals(before.device().keyId())) {
                throw new CentralRefusal(ProblemCode.UNAVAILABLE, "device " + deviceId
                        + " was enrolled again while this upload was checked; send it again");
            }
            bindJournal(c, device, journalId);
            JournalPosition position = Devices.position(c, journalId, RecordHasher.genesis(journalId));
            long lastOld = Math.min(position.storedThrough(), records.isEmpty() ? 0 : records.getLast().seq());
            Map<Long, StoredRecord> stored = records.isEmpty() ? Map.of()
                    : Records.stored(c, journalId, records.getFirst().seq(), lastOld);
            Set<String> takenIds = !lookUpIds ? Set.of() : Records.storedIds(c, records.stream()
                    .filter(r -> r.seq() > position.storedThrough()).map(JournalRecord::id).toList());
            Batch batch = new Batch(records, derived, position, stored, takenIds, deviceId, source, now);
            Walk walk;
            if (everySignature != null) {
                walk = batch.walk(new ChainVerifier(keys, position.storedThrough(), position.storedHash(), everySignature));
            } else {
                ChainVerifier chain = ChainVerifier.deferringSignatures(keys, position.storedThrough(), position.storedHash());
                walk = batch.walk(chain);
                // The head's hash covers every earlier record of the run through the prevHash links just checked.
                Optional<JournalRecord> head = chain.lastAccepted();
                if (head.isPresent() && !SignatureCheck.DIRECT.verifies(head.get(),
                        keys.find(head.get().keyId()).orElseThrow())) {
                    throw new HeadSignatureFailed(head.get().seq());
                }
            }
            JournalPosition newPosition = walk.newPosition;
            Records.insert(c, database.dialect(), deviceId, journalId, walk.accepted, source, now);
            Records.refuse(c, walk.refusals);
            Devices.savePosition(c, journalId, deviceId, newPosition);
            Devices.seen(c, deviceId, now);
            return new Outcome(new UploadResult(newPosition.storedThrough(), walk.accepted.size(), walk.duplicates,
                    walk.verdicts), walk.refusals, walk.afterRejected);
        });
    }

    private static void bindJournal(java.sql.Connection c, DeviceRow device, String journalId) throws SQLException {
        Optional<String> bound = device.journalId();
        if (bound.isPresent() && !bound.get().equals(journalId)) {
            throw new CentralRefusal(ProblemCode.JOURNAL_MISMATCH, "device " + device.deviceId() + " uploads from journal "
                    + bound.get() + ", not " + journalId + ": a device has one journal; enrol the device again if its"
                    + " journal was replaced");
        }
        Optional<String> owner = Devices.journalOwner(c, journalId);
        if (owner.isPresent() && !owner.get().equals(device.deviceId())) {
            throw new CentralRefusal(ProblemCode.JOURNAL_MISMATCH, "journal " + journalId + " belongs to device "
                    + owner.get() + ", not " + device.deviceId());
        }
        if (bound.isEmpty()) {
            Devices.bindJournal(c, device.deviceId(), journalId);
        }
    }

    private static void duplicateOrConflict(Walk walk, JournalRecord record, StoredRecord stored) {
        if (stored != null && stored.id().equals(record.id()) && stored.hashHex().equals(record.hash().hex())) {
            walk.duplicates++;
        } else if (stored == null) {
            // Cannot happen while records are only ever stored as a gapless prefix.
            walk.reject(record, RejectReason.CONFLICT, "record " + record.seq() + " is below the stored position but missing");
        } else {
            walk.reject(record, RejectReason.CONFLICT, "record " + record.seq() + " is stored with "
                    + (stored.id().equals(record.id()) ? "other content (hash " + stored.hashHex().substring(0, 12) + "…)"
                            : "another id (" + stored.id() + ")") + ": the device's journal differs from what it uploaded before");
        }
    }

    private static RejectReason reason(ChainBreak.Reason reason) {
        return switch (reason) {
            case GAP -> RejectReason.GAP;
            case HASH_MISMATCH -> RejectReason.HASH_MISMATCH;
            case CHAIN_BROKEN -> RejectReason.CHAIN_BROKEN;
            case BAD_SIGNATURE -> RejectReason.BAD_SIGNATURE;
            case UNKNOWN_KEY -> RejectReason.UNKNOWN_KEY;
        };
    }

    private static CentralRefusal notEnrolled(String deviceId) {
        return new CentralRefusal(ProblemCode.DEVICE_NOT_ENROLLED, "device " + deviceId
                + " is not enrolled: enrol it with a code from the central (enroll-code)");
    }

    private static void log(String deviceId, String source, Outcome outcome) {
        UploadResult result = outcome.result();
        for (Refusal refusal : outcome.refusals()) {
            LOG.warn("device {} seq {} refused ({}): {} — {}", deviceId, refusal.seq(), refusal.source(),
                    refusal.reason(), refusal.detail());
        }
        if (outcome.afterRejected() > 0) {
            LOG.warn("device {}: {} more record(s) after the refused one were not stored (AFTER_REJECTED)", deviceId,
                    outcome.afterRejected());
        }
        LOG.info("device {} {}: stored {}, duplicates {}, rejected {}, stored through {}", deviceId, source,
                result.stored(), result.duplicates(), result.rejected().size(), result.storedThrough());
    }

    private record Snapshot(DeviceRow device, JournalPosition position) {
    }

    /** Thrown out of the transaction (rolling it back) when a chain head's signature does not verify. */
    private static final class HeadSignatureFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long seq;

        HeadSignatureFailed(long seq) {
            super("chain head " + seq + " has a bad signature", null, false, false);
            this.seq = seq;
        }
    }

    /** One batch and what is stored already: walks it, as often as needed, with a given chain verifier. */
    private record Batch(List<JournalRecord> records, List<Derived> derived, JournalPosition position,
            Map<Long, StoredRecord> stored, Set<String> takenIds, String deviceId, String source, Instant now) {

        Walk walk(ChainVerifier verifier) {
            Walk walk = new Walk(deviceId, source, now, position);
            Set<String> idsInBatch = new HashSet<>();
            for (int i = 0; i < records.size(); i++) {
                JournalRecord record = records.get(i);
                if (walk.rejected()) {
                    walk.reject(record, RejectReason.AFTER_REJECTED, "record " + walk.firstRejectedSeq()
                            + " was refused; nothing after it is stored");
                } else if (record.seq() <= position.storedThrough()) {
                    duplicateOrConflict(walk, record, stored.get(record.seq()));
                } else if (takenIds.contains(record.id()) || !idsInBatch.add(record.id())) {
                    walk.reject(record, RejectReason.CONFLICT, "record id " + record.id()
                            + " is already stored at another sequence number");
                } else if (!verifier.accept(record)) {
                    ChainBreak broken = verifier.report().firstBreak().orElseThrow();
                    walk.reject(record, reason(broken.reason()), broken.detail());
                } else {
                    Derived read = derived.get(i);
                    walk.accept(record, read != null ? read : RecordBodies.read(record));
                }
            }
            return walk;
        }
    }

    private record Outcome(UploadResult result, List<Refusal> refusals, int afterRejected) {
    }

    /** The verdicts of one batch, built in seq order. */
    private static final class Walk {
        final String deviceId;
        final String source;
        final Instant now;
        final List<Records.Accepted> accepted = new ArrayList<>();
        final List<RecordVerdict> verdicts = new ArrayList<>();
        final List<Refusal> refusals = new ArrayList<>();
        int duplicates;
        int afterRejected;
        JournalPosition newPosition;

        Walk(String deviceId, String source, Instant now, JournalPosition start) {
            this.deviceId = deviceId;
            this.source = source;
            this.now = now;
            this.newPosition = start;
        }

        boolean rejected() {
            return !verdicts.isEmpty();
        }

        long firstRejectedSeq() {
            return verdicts.getFirst().seq();
        }

        void accept(JournalRecord record, Derived derived) {
            accepted.add(new Records.Accepted(record, derived));
            newPosition = new JournalPosition(record.seq(), record.hash());
            if (derived instanceof Derived.Malformed malformed) {
                refusals.add(new Refusal(deviceId, record.seq(), record.id(), RejectReason.MALFORMED.name(),
                        "stored, but left out of the derived data: " + malformed.detail(), source, now));
            }
        }

        void reject(JournalRecord record, RejectReason reason, String detail) {
            verdicts.add(new RecordVerdict(record.seq(), record.id(), reason, detail));
            if (reason == RejectReason.AFTER_REJECTED) {
                // One refusal row per break, not one per record behind it.
                afterRejected++;
            } else {
                refusals.add(new Refusal(deviceId, record.seq(), record.id(), reason.name(), detail, source, now));
            }
        }
    }
}
