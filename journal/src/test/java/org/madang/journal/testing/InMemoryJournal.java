package org.madang.journal.testing;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.madang.journal.AppendReceipt;
import org.madang.journal.CanonicalJson;
import org.madang.journal.ClockStamp;
import org.madang.journal.DepositReceipt;
import org.madang.journal.Journal;
import org.madang.journal.JournalException;
import org.madang.journal.JournalInfo;
import org.madang.journal.JournalRecord;
import org.madang.journal.JournalStats;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.journal.SecretDraft;
import org.madang.journal.chain.RecordHasher;
import org.madang.journal.chain.Sha256;
import org.madang.journal.clock.DeviceClock;
import org.madang.journal.signing.RecordSigner;
import org.madang.journal.signing.Signature64;

/**
 * A journal in memory, for tests of the features built on the journal. It keeps the same
 * promises as the SQLite journal (gapless chain, signatures, ballot boxes released shuffled at
 * the threshold), checked by the shared {@code JournalContract} tests, but nothing survives
 * the process.
 */
public final class InMemoryJournal implements Journal {

    private final RecordSigner signer;
    private final DeviceClock clock;
    private final SecureRandom random;
    private final int threshold;
    private final JournalInfo info;
    private final List<JournalRecord> records = new ArrayList<>();
    private final Map<String, List<CanonicalJson>> boxes = new LinkedHashMap<>();
    private final Map<String, RecordKind> boxKinds = new LinkedHashMap<>();
    private boolean closed;

    public InMemoryJournal(RecordSigner signer, DeviceClock clock, SecureRandom random, int threshold) {
        this.signer = signer;
        this.clock = clock;
        this.random = random;
        this.threshold = threshold;
        this.info = new JournalInfo(UUID.randomUUID().toString(), Instant.EPOCH, 2);
    }

    @Override
    public synchronized AppendReceipt append(RecordDraft draft) throws JournalException {
        if (draft.kind().isSecret()) {
            throw new IllegalArgumentException("'" + draft.kind() + "' records are secret: deposit them");
        }
        ensureOpen();
        JournalRecord record = add(draft.kind(), draft.body(), clock.stamp());
        return new AppendReceipt(record.seq(), record.id());
    }

    @Override
    public synchronized DepositReceipt deposit(RecordDraft identified, SecretDraft secret) throws JournalException {
        if (identified != null && identified.kind().isSecret()) {
            throw new IllegalArgumentException("the identified record of a deposit cannot itself be secret");
        }
        ensureOpen();
        RecordKind existing = boxKinds.get(secret.boxId());
        if (existing != null && !existing.equals(secret.kind())) {
            throw new IllegalArgumentException("ballot box " + secret.boxId() + " holds '" + existing + "' secrets");
        }
        Optional<AppendReceipt> receipt = Optional.empty();
        if (identified != null) {
            JournalRecord record = add(identified.kind(), identified.body(), clock.stamp());
            receipt = Optional.of(new AppendReceipt(record.seq(), record.id()));
        }
        boxKinds.put(secret.boxId(), secret.kind());
        List<CanonicalJson> box = boxes.computeIfAbsent(secret.boxId(), id -> new ArrayList<>());
        box.add(secret.body());
        if (box.size() >= threshold) {
            int released = release(secret.boxId());
            return new DepositReceipt(receipt, 0, released);
        }
        return new DepositReceipt(receipt, box.size(), 0);
    }

    @Override
    public synchronized int releaseBox(String boxId) throws JournalException {
        ensureOpen();
        return release(boxId);
    }

    private int release(String boxId) {
        List<CanonicalJson> box = boxes.remove(boxId);
        RecordKind kind = boxKinds.remove(boxId);
        if (box == null) {
            return 0;
        }
        Collections.shuffle(box, random);
        ClockStamp releasedAt = clock.stamp();
        box.forEach(body -> add(kind, body, releasedAt));
        return box.size();
    }

    @Override
    public synchronized int pendingInBox(String boxId) {
        return boxes.getOrDefault(boxId, List.of()).size();
    }

    private JournalRecord add(RecordKind kind, CanonicalJson body, ClockStamp stamp) {
        long seq = records.size() + 1L;
        Sha256 prev = records.isEmpty() ? info.genesisHash() : records.getLast().hash();
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        Sha256 hash = RecordHasher.hash(seq, id, kind, body, stamp, prev, signer.keyId());
        Signature64 signature = signer.sign(hash.bytes());
        JournalRecord record = new JournalRecord(seq, id, kind, body, stamp, prev, hash, signer.keyId(), signature);
        records.add(record);
        return record;
    }

    @Override
    public JournalInfo info() {
        return info;
    }

    @Override
    public synchronized long lastSeq() {
        return records.size();
    }

    @Override
    public synchronized List<JournalRecord> readAfter(long afterSeq, int maxRecords) {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("maxRecords must be at least 1, got " + maxRecords);
        }
        int from = (int) Math.min(Math.max(afterSeq, 0), records.size());
        return List.copyOf(records.subList(from, Math.min(records.size(), from + maxRecords)));
    }

    @Override
    public synchronized JournalStats stats() {
        Map<String, Long> byKind = new java.util.TreeMap<>();
        records.forEach(r -> byKind.merge(r.kind().name(), 1L, Long::sum));
        int pending = boxes.values().stream().mapToInt(List::size).sum();
        return new JournalStats(records.size(), byKind, pending, 0,
                records.isEmpty() ? Optional.empty() : Optional.of(records.getLast().clock()));
    }

    private void ensureOpen() throws JournalException {
        if (closed) {
            throw new JournalException(JournalException.Failure.CLOSED, null, "the journal is closed");
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
