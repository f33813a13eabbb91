package org.madang.journal.chain;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.madang.journal.JournalRecord;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.journal.signing.KeyDirectory;

/**
 * Verifies the signatures of a run of records in parallel, before the sequential chain walk, and
 * answers the walk from the results. Only the record objects passed in are answered from the
 * results (by identity): any other record, or one whose key differs from the one it was checked
 * with, is verified on the spot, so a caller can never get a stale answer.
 */
public final class PrecheckedSignatures implements SignatureCheck {

    private final Map<JournalRecord, Boolean> results;
    private final Map<JournalRecord, Ed25519PublicKey> checkedWith;
    private final SignatureCheck fallback;

    private PrecheckedSignatures(Map<JournalRecord, Boolean> results, Map<JournalRecord, Ed25519PublicKey> checkedWith,
            SignatureCheck fallback) {
        this.results = results;
        this.checkedWith = checkedWith;
        this.fallback = fallback;
    }

    /**
     * Verifies every record signed by a key of {@code keys}, split into one slice per thread of
     * {@code pool} ({@code parallelism} slices); records with unknown keys are left to the walk.
     *
     * @throws InterruptedException if interrupted while waiting for the pool
     */
    public static PrecheckedSignatures verify(List<JournalRecord> records, KeyDirectory keys, ExecutorService pool,
            int parallelism) throws InterruptedException {
        return verify(records, keys, pool, parallelism, DIRECT);
    }

    /** As {@link #verify(List, KeyDirectory, ExecutorService, int)}, with the on-the-spot check replaceable by tests. */
    static PrecheckedSignatures verify(List<JournalRecord> records, KeyDirectory keys, ExecutorService pool,
            int parallelism, SignatureCheck fallback) throws InterruptedException {
        int n = records.size();
        boolean[] valid = new boolean[n];
        Ed25519PublicKey[] used = new Ed25519PublicKey[n];
        int slices = Math.max(1, Math.min(parallelism, n / 64 + 1));
        List<Future<?>> futures = new ArrayList<>(slices);
        for (int s = 0; s < slices; s++) {
            int from = (int) ((long) n * s / slices);
            int to = (int) ((long) n * (s + 1) / slices);
            futures.add(pool.submit(() -> {
                for (int i = from; i < to; i++) {
                    JournalRecord record = records.get(i);
                    Ed25519PublicKey key = keys.find(record.keyId()).orElse(null);
                    if (key != null) {
                        used[i] = key;
                        valid[i] = key.verifies(record.hash().bytes(), record.signature());
                    }
                }
            }));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("signature verification failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            futures.forEach(future -> future.cancel(true));
            throw e;
        }
        // Future.get() orders the workers' writes before these reads.
        Map<JournalRecord, Boolean> results = new IdentityHashMap<>(n * 2);
        Map<JournalRecord, Ed25519PublicKey> checkedWith = new IdentityHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            if (used[i] != null) {
                results.put(records.get(i), valid[i]);
                checkedWith.put(records.get(i), used[i]);
            }
        }
        return new PrecheckedSignatures(results, checkedWith, fallback);
    }

    @Override
    public boolean verifies(JournalRecord record, Ed25519PublicKey key) {
        Boolean known = results.get(record);
        if (known != null && key.equals(checkedWith.get(record))) {
            return known;
        }
        return fallback.verifies(record, key);
    }
}
