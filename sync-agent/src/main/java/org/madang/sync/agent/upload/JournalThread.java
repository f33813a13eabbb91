package org.madang.sync.agent.upload;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.madang.journal.JournalException;
import org.madang.journal.JournalReader;
import org.madang.journal.JournalStats;

/**
 * The one thread that touches the journal reader (a SQLite connection is used by one thread at a
 * time). The uploader hands it the next batch to read and encode while a request is in flight.
 */
public final class JournalThread implements AutoCloseable {

    private final JournalReader reader;
    private final ExecutorService executor;

    /** A thread for this reader; {@link #close()} stops the thread but does not close the reader. */
    public JournalThread(JournalReader reader) {
        this.reader = reader;
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "journal-reader");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts work on the journal thread. */
    public <T> Future<T> submit(Callable<T> work) {
        return executor.submit(work);
    }

    /** Waits for work started with {@link #submit}, unwrapping the journal's exception. */
    public static <T> T await(Future<T> future) throws JournalException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof JournalException journal) {
                throw journal;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("journal work failed: " + e.getCause(), e.getCause());
        }
    }

    /** Runs work on the journal thread and waits for it. */
    public <T> T call(Callable<T> work) throws JournalException, InterruptedException {
        return await(submit(work));
    }

    /** The journal's newest sequence number. */
    public long lastSeq() throws JournalException, InterruptedException {
        return call(reader::lastSeq);
    }

    /** The journal's sizes. */
    public JournalStats stats() throws JournalException, InterruptedException {
        return call(reader::stats);
    }

    /** The reader, for work submitted to this thread only. */
    public JournalReader reader() {
        return reader;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
