package org.madang.sync.agent.upload;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.madang.device.sync.SyncState;
import org.madang.journal.JournalException;
import org.madang.sync.agent.central.CentralClient;
import org.madang.sync.agent.central.CentralException;
import org.madang.sync.agent.central.CentralUnavailableException;
import org.madang.sync.agent.state.StateKeeper;
import org.madang.sync.api.wire.RecordVerdict;
import org.madang.sync.api.wire.RejectReason;
import org.madang.sync.api.wire.UploadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads the journal after the acknowledged position until nothing is left, exactly once and in
 * order. The acknowledged position only ever becomes a {@code storedThrough} the central answered
 * (capped at the last record sent), and is saved durably before the next request: a lost answer or
 * a kill costs a resend of records the central recognises as duplicates, never a skipped record.
 * While a request is in flight the next batch is read and encoded on the journal thread.
 */
public final class Uploader {

    private static final Logger LOG = LoggerFactory.getLogger(Uploader.class);
    /** Answers in a row that acknowledge nothing new before the run gives up (and backs off). */
    static final int MAX_STALLED_ANSWERS = 3;

    private final String deviceId;
    private final CentralClient central;
    private final JournalThread journal;
    private final Batches batches;
    private final StateKeeper keeper;
    private final BooleanSupplier stopRequested;

    /** An uploader; {@code batches} must read through {@code journal}'s reader. */
    public Uploader(String deviceId, CentralClient central, JournalThread journal, Batches batches, StateKeeper keeper,
            BooleanSupplier stopRequested) {
        this.deviceId = deviceId;
        this.central = central;
        this.journal = journal;
        this.batches = batches;
        this.keeper = keeper;
        this.stopRequested = stopRequested;
    }

    /**
     * Uploads until the journal's end, a refused record, or a stop request.
     *
     * @throws CentralException when the central cannot be used; everything acknowledged so far is saved
     */
    public UploadReport run() throws CentralException, JournalException, IOException, InterruptedException {
        long acked = keeper.state().ackedSeq();
        int requests = 0;
        long sent = 0;
        long stored = 0;
        long duplicates = 0;
        int stalled = 0;
        long from = acked;
        Future<Optional<EncodedBatch>> next = journal.submit(() -> batches.next(from));
        try {
            while (true) {
                Optional<EncodedBatch> prepared = JournalThread.await(next);
                next = null;
                if (prepared.isEmpty()) {
                    return new UploadReport(requests, sent, stored, duplicates, acked, Optional.empty(), false);
                }
                if (stopRequested.getAsBoolean()) {
                    return new UploadReport(requests, sent, stored, duplicates, acked, Optional.empty(), true);
                }
                EncodedBatch batch = prepared.get();
                next = journal.submit(() -> batches.next(batch.lastSeq()));
                UploadResult result = central.upload(batch.body());
                requests++;
                sent += batch.count();
                stored += result.stored();
                duplicates += result.duplicates();
                long newAck = Math.min(result.storedThrough(), batch.lastSeq());
                if (newAck < acked) {
                    LOG.warn("device {}: central says it stored through {} but had acknowledged {}: "
                            + "resending from {} (the central may have been restored from a backup)",
                            deviceId, newAck, acked, newAck + 1);
                }
                long previous = acked;
                Optional<String> hash = newAck == previous ? keeper.state().ackedHash() : batch.hashOf(newAck);
                keeper.update(state -> state.withAck(newAck, hash));
                acked = newAck;
                boolean centralBehind = newAck < batch.firstSeq() - 1;
                if (!result.rejected().isEmpty() && !(centralBehind
                        && result.rejected().getFirst().reason() == RejectReason.GAP)) {
                    return blocked(result, requests, sent, stored, duplicates, acked);
                }
                // A GAP because the central is behind what was sent is not a refusal: resend from its position.
                if (keeper.state().blocked().filter(b -> b.seq() <= newAck).isPresent()) {
                    LOG.info("device {}: record {} is stored now; the upload is no longer blocked", deviceId,
                            keeper.state().blocked().get().seq());
                    keeper.update(state -> state.withBlocked(Optional.empty()));
                }
                stalled = newAck > previous ? 0 : stalled + 1;
                if (stalled >= MAX_STALLED_ANSWERS) {
                    throw new CentralUnavailableException(CentralUnavailableException.Kind.GARBLED_ANSWER,
                            "the central answered " + stalled + " uploads in a row without acknowledging anything "
                                    + "after record " + newAck, Optional.empty(), null);
                }
                if (newAck != batch.lastSeq()) {
                    // The prepared batch starts after what was sent, not after what was stored: discard it.
                    JournalThread.await(next);
                    long resendFrom = newAck;
                    next = journal.submit(() -> batches.next(resendFrom));
                }
            }
        } finally {
            if (next != null) {
                // Leave the journal thread idle for the next user; its result no longer matters.
                try {
                    JournalThread.await(next);
                } catch (JournalException | RuntimeException e) {
                    LOG.debug("discarded read-ahead failed", e);
                }
            }
        }
    }

    private UploadReport blocked(UploadResult result, int requests, long sent, long stored, long duplicates,
            long acked) throws IOException {
        for (RecordVerdict verdict : result.rejected()) {
            LOG.error("device {}: central refused record seq={} id={} reason={} detail={}", deviceId, verdict.seq(),
                    verdict.id(), verdict.reason(), verdict.detail());
        }
        RecordVerdict first = result.rejected().getFirst();
        SyncState.Blocked blocked = new SyncState.Blocked(first.seq(), first.reason().name(), first.detail());
        keeper.update(state -> state.withBlocked(Optional.of(blocked)));
        LOG.error("device {}: upload stopped before record {} ({}); records after {} wait until the cause is fixed",
                deviceId, first.seq(), first.reason(), acked);
        return new UploadReport(requests, sent, stored, duplicates, acked, Optional.of(blocked), false);
    }
}
