package org.madang.central.http;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets at most N uploads be verified and stored at once and answers the rest 503 with {@code
 * Retry-After} at once, rather than queueing them: when a district's terminals all come back
 * online after a storm, the agents' jittered backoff spreads them out instead of the database
 * drowning. Only the ingest holds a slot, not the reading of the body, so a terminal on a slow
 * link (or a client that never finishes its body) cannot keep others out.
 */
public final class UploadAdmission {

    /** Seconds a refused agent is asked to wait; its own jitter adds to it. */
    public static final int RETRY_AFTER_SECONDS = 2;

    /** Too many uploads at once. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(int limit) {
            super("the central is processing " + limit + " uploads already; retry after " + RETRY_AFTER_SECONDS + " s");
        }

        /** The Retry-After value. */
        public int retryAfterSeconds() {
            return RETRY_AFTER_SECONDS;
        }
    }

    private final Semaphore permits;
    private final int limit;

    /** At most {@code limit} at once. */
    public UploadAdmission(int limit) {
        this.permits = new Semaphore(limit);
        this.limit = limit;
    }

    /** Runs {@code ingest} in a free slot, or throws {@link Busy} at once. */
    <T> T admit(Supplier<T> ingest) {
        if (!permits.tryAcquire()) {
            throw new Busy(limit);
        }
        try {
            return ingest.get();
        } finally {
            permits.release();
        }
    }
}
