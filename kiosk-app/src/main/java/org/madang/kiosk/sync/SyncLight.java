package org.madang.kiosk.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.madang.journal.JournalException;
import org.madang.journal.JournalReader;
import org.madang.kiosk.hardware.LedState;
import org.madang.kiosk.hardware.StatusLed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status LED driven by the upload (issue 3): green when the central holds every record, amber
 * while records wait, red on a fault. Polls the journal's last sequence number and the sync agent's
 * state file on an injected scheduler, so a successful upload turns the light green within one period.
 *
 * <p>It is also the {@link StatusLed} the check-in code sees: what that code shows is shown at once
 * (amber right after an append), and a {@code FAULT} it shows (a record could not be kept) stays
 * until it shows something else again (a record was kept), because the state file cannot clear a
 * local storage fault.
 */
public final class SyncLight implements StatusLed, AutoCloseable {

    /** How often the light is brought up to date: "a few seconds", cheap (one small file, one query). */
    public static final Duration PERIOD = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(SyncLight.class);

    private final StatusLed lamp;
    private final JournalReader journal;
    private final UploadStatusReader states;
    private final ScheduledExecutorService scheduler;
    private final Duration period;
    private boolean localFault;
    private boolean closed;
    private ScheduledFuture<?> next;
    /** Fixed at the journal's creation: read once, not at every poll. */
    private String journalId;
    /** The journal failure last logged, so a lasting one is logged once, not every few seconds. */
    private String loggedJournalProblem;

    /**
     * @param lamp the physical LED
     * @param journal the device's journal (its id and last sequence number are read)
     * @param states the reader of the agent's state file
     * @param scheduler where the polls run
     * @param period time between polls
     */
    public SyncLight(StatusLed lamp, JournalReader journal, UploadStatusReader states,
            ScheduledExecutorService scheduler, Duration period) {
        this.lamp = Objects.requireNonNull(lamp, "lamp");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.states = Objects.requireNonNull(states, "states");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.period = Objects.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive, got " + period);
        }
    }

    /** The LED colour for an upload state: not-synced-yet records wait too, so amber. */
    public static LedState colourOf(UploadState state) {
        return switch (state) {
            case SYNCED -> LedState.SYNCED;
            case NOT_SYNCED_YET, WAITING -> LedState.WAITING;
            case FAILING -> LedState.FAULT;
        };
    }

    /** Polls now, then every period until {@link #close()}. */
    public synchronized void start() {
        if (!closed && next == null) {
            next = scheduler.schedule(this::poll, 0, TimeUnit.NANOSECONDS);
        }
    }

    private void poll() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // Keep polling: a bug in one poll must not freeze the light on a stale colour.
            log.error("status LED poll failed; trying again in {}", period, e);
        }
        synchronized (this) {
            if (!closed) {
                next = scheduler.schedule(this::poll, period.toNanos(), TimeUnit.NANOSECONDS);
            }
        }
    }

    /**
     * Reads the journal and the state file and shows the result; returns what it showed.
     * Holds the lock while reading, so a colour shown by the check-in code after an append is
     * never overwritten by a poll that read the journal before that append.
     */
    public synchronized LedState refresh() {
        if (closed) {
            return LedState.OFF;
        }
        LedState colour;
        if (localFault) {
            colour = LedState.FAULT;
        } else {
            try {
                if (journalId == null) {
                    journalId = journal.info().journalId();
                }
                colour = colourOf(states.read(journalId, journal.lastSeq()).state());
                loggedJournalProblem = null;
            } catch (JournalException e) {
                if (!String.valueOf(e.getMessage()).equals(loggedJournalProblem)) {
                    loggedJournalProblem = String.valueOf(e.getMessage());
                    log.error("status LED: cannot read the journal's position; showing a fault until it can", e);
                }
                colour = LedState.FAULT;
            }
        }
        lamp.show(colour);
        return colour;
    }

    @Override
    public synchronized void show(LedState state) {
        Objects.requireNonNull(state, "state");
        if (state == LedState.FAULT) {
            localFault = true;
        } else if (state != LedState.OFF) {
            localFault = false;
        }
        lamp.show(state);
    }

    /** Stops polling; the lamp keeps its colour until its pins are released. */
    @Override
    public synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel(false);
        }
    }
}
