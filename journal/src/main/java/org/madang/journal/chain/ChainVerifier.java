package org.madang.journal.chain;

import java.util.Objects;
import java.util.Optional;
import org.madang.journal.JournalRecord;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.journal.signing.KeyDirectory;

/**
 * Checks records one after another: no gap, each points at its predecessor, each hash is the
 * hash of its fields, each signature verifies with a trusted key.
 *
 * <p>Feed it records in sequence order with {@link #accept}; it remembers the first break and
 * ignores everything after it. Used on the device (journal-verify) and at the central on upload.
 * Not thread-safe.
 */
public final class ChainVerifier {

    /** Marks a verifier that leaves signatures to its caller ({@link #deferringSignatures}). */
    private static final SignatureCheck DEFERRED = (record, key) -> true;

    private final KeyDirectory keys;
    private final SignatureCheck signatures;
    private long expectedSeq;
    private Sha256 expectedPrev;
    private long checked;
    private ChainBreak firstBreak;
    private JournalRecord lastAccepted;

    /**
     * A verifier that starts after {@code lastSeq} whose hash was {@code lastHash} (for a whole
     * journal: 0 and the journal's genesis hash).
     */
    public ChainVerifier(KeyDirectory keys, long lastSeq, Sha256 lastHash) {
        this(keys, lastSeq, lastHash, SignatureCheck.DIRECT);
    }

    /**
     * A verifier that decides signatures through {@code signatures}, e.g. results computed in
     * parallel beforehand ({@link PrecheckedSignatures}); every other check is the same.
     */
    public ChainVerifier(KeyDirectory keys, long lastSeq, Sha256 lastHash, SignatureCheck signatures) {
        this.keys = keys;
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        this.expectedSeq = lastSeq + 1;
        this.expectedPrev = lastHash;
    }

    /**
     * A verifier that checks every sequence number, hash, link and key id but no signature: the
     * caller verifies the signature of {@link #lastAccepted()}, the chain head. The head's hash
     * covers its previous hash, which is the hash of the record before it, and so on back to
     * {@code lastHash}: a valid head signature authenticates the content of every accepted record
     * (but not the intermediate signatures themselves). When the head's signature fails, verify
     * the run again with every signature checked to find the first bad one.
     */
    public static ChainVerifier deferringSignatures(KeyDirectory keys, long lastSeq, Sha256 lastHash) {
        return new ChainVerifier(keys, lastSeq, lastHash, DEFERRED);
    }

    /** Whether this verifier leaves signatures to its caller ({@link #deferringSignatures}). */
    public boolean defersSignatures() {
        return signatures == DEFERRED;
    }

    /** The last record accepted so far: the chain head whose signature a deferring verifier's caller checks. */
    public Optional<JournalRecord> lastAccepted() {
        return Optional.ofNullable(lastAccepted);
    }

    /** Checks the next record; returns false once the chain is broken. */
    public boolean accept(JournalRecord record) {
        if (firstBreak != null) {
            return false;
        }
        checked++;
        firstBreak = check(record).orElse(null);
        if (firstBreak != null) {
            return false;
        }
        expectedSeq = record.seq() + 1;
        expectedPrev = record.hash();
        lastAccepted = record;
        return true;
    }

    private Optional<ChainBreak> check(JournalRecord record) {
        if (record.seq() != expectedSeq) {
            return Optional.of(new ChainBreak(expectedSeq, ChainBreak.Reason.GAP,
                    record.seq() > expectedSeq
                            ? "record " + expectedSeq + " is missing: after " + (expectedSeq - 1) + " comes " + record.seq()
                            : "record " + record.seq() + " appears where " + expectedSeq + " was expected"));
        }
        Sha256 recomputed = RecordHasher.hash(record.seq(), record.id(), record.kind(), record.body(),
                record.clock(), record.prevHash(), record.keyId());
        if (!recomputed.equals(record.hash())) {
            return Optional.of(new ChainBreak(record.seq(), ChainBreak.Reason.HASH_MISMATCH,
                    "stored hash " + abbreviate(record.hash()) + " is not the hash of the record's fields ("
                            + abbreviate(recomputed) + "): the record was altered"));
        }
        if (!record.prevHash().equals(expectedPrev)) {
            return Optional.of(new ChainBreak(record.seq(), ChainBreak.Reason.CHAIN_BROKEN,
                    "points at previous hash " + abbreviate(record.prevHash()) + " but the previous record's hash is "
                            + abbreviate(expectedPrev) + ": records were reordered, replaced or spliced"));
        }
        Optional<Ed25519PublicKey> key = keys.find(record.keyId());
        if (key.isEmpty()) {
            return Optional.of(new ChainBreak(record.seq(), ChainBreak.Reason.UNKNOWN_KEY,
                    "signed by key " + record.keyId() + ", which is not a trusted device key"));
        }
        if (!signatures.verifies(record, key.get())) {
            return Optional.of(new ChainBreak(record.seq(), ChainBreak.Reason.BAD_SIGNATURE,
                    "the signature does not verify with key " + record.keyId()));
        }
        return Optional.empty();
    }

    /** What has been found so far. */
    public VerificationReport report() {
        long lastGood = firstBreak == null ? expectedSeq - 1 : lastGoodBeforeBreak();
        return new VerificationReport(checked, lastGood, Optional.ofNullable(firstBreak));
    }

    private long lastGoodBeforeBreak() {
        return firstBreak.reason() == ChainBreak.Reason.GAP ? firstBreak.seq() - 1 : expectedSeq - 1;
    }

    private static String abbreviate(Sha256 hash) {
        return hash.hex().substring(0, 12) + "…";
    }
}
