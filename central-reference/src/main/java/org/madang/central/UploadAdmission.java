package org.madang.central;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;

/**
 * Lets at most N uploads be processed at once and answers the rest 503 with {@code Retry-After}
 * at once, rather than queueing them: when a district's terminals all come back online after a
 * storm, the agents' jittered backoff spreads them out instead of the database drowning.
 */
final class UploadAdmission {

    /** Seconds a refused agent is asked to wait; its own jitter adds to it. */
    static final int RETRY_AFTER_SECONDS = 2;

    /** Too many uploads at once. */
    static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(int limit) {
            super("the central is processing " + limit + " uploads already; retry after " + RETRY_AFTER_SECONDS + " s");
        }

        int retryAfterSeconds() {
            return RETRY_AFTER_SECONDS;
        }
    }

    private final Semaphore permits;
    private final int limit;

    UploadAdmission(int limit) {
        this.permits = new Semaphore(limit);
        this.limit = limit;
    }

    void admit(Context ctx, Handler handler) throws Exception {
        if (!permits.tryAcquire()) {
            throw new Busy(limit);
        }
        try {
            handler.handle(ctx);
        } finally {
            permits.release();
        }
    }
}
