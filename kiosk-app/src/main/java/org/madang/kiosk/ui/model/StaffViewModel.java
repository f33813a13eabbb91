package org.madang.kiosk.ui.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.content.Event;
import org.madang.kiosk.ui.port.DeviceStatus;
import org.madang.kiosk.ui.port.DeviceStatusSource;
import org.madang.kiosk.ui.port.EventCatalog;

/**
 * Staff mode: the device's status and the choice of the event residents check in to. While staff
 * mode is open the status is read again every {@link #STATUS_REFRESH} (the sync agent finishes a
 * pass every 30 s by default) and the time is re-read every {@link #TICK}, so "3분 전" moves on.
 */
public final class StaffViewModel {

    /** How often the time shown ("3분 전") is brought up to date while staff mode is open. */
    public static final Duration TICK = Duration.ofSeconds(10);
    /** How often the status (upload state, last sync, journal size) is read again while open. */
    public static final Duration STATUS_REFRESH = Duration.ofSeconds(30);

    private final DeviceStatusSource statusSource;
    private final EventCatalog catalog;
    private final Background background;
    private final Clock clock;
    private final UiScheduler scheduler;
    private final State<Optional<DeviceStatus>> status = new State<>(Optional.empty());
    private final State<List<Event>> events = new State<>(List.of());
    private final State<Optional<String>> who = new State<>(Optional.empty());
    private final State<Boolean> statusFailed = new State<>(false);
    private final State<Instant> now;
    private UiScheduler.Cancellable ticking = () -> { };
    private Instant lastRead = Instant.EPOCH;
    // Bumped on every open and close: a read still running when staff mode closes is dropped.
    private long generation;

    public StaffViewModel(DeviceStatusSource statusSource, EventCatalog catalog, Background background, Clock clock,
            UiScheduler scheduler) {
        this.statusSource = Objects.requireNonNull(statusSource, "statusSource");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.background = Objects.requireNonNull(background, "background");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.now = new State<>(clock.instant());
    }

    /** The device status; empty while it is read. */
    public State<Optional<DeviceStatus>> status() {
        return status;
    }

    /** True when the status could not be read (the journal is unreadable: call support). */
    public State<Boolean> statusFailed() {
        return statusFailed;
    }

    /** The events staff may choose from. */
    public State<List<Event>> events() {
        return events;
    }

    /** The staff member's name from the card, or empty when opened with the PIN. */
    public State<Optional<String>> who() {
        return who;
    }

    /** The clock's time, brought up to date every {@link #TICK} while staff mode is open (for "3분 전"). */
    public State<Instant> now() {
        return now;
    }

    /** Staff mode opens: reads the status and the events afresh, and keeps the status fresh while open. */
    public void opened(Optional<String> staffName) {
        who.set(staffName);
        refresh();
    }

    /** Reads the status and the events again (staff mode shows "reading" meanwhile). */
    public void refresh() {
        generation++;
        status.set(Optional.empty());
        statusFailed.set(false);
        readStatus();
        background.run(catalog::events, list -> events.set(List.copyOf(list)), failure -> events.set(List.of()));
        ticking.cancel();
        ticking = scheduler.schedule(TICK, this::tick);
    }

    private void tick() {
        Instant at = clock.instant();
        now.set(at);
        // Quietly: the status shown stays until the new one is read, so nothing flickers to "reading".
        if (!Duration.between(lastRead, at).minus(STATUS_REFRESH).isNegative()) {
            readStatus();
        }
        ticking = scheduler.schedule(TICK, this::tick);
    }

    private void readStatus() {
        long reading = generation;
        lastRead = clock.instant();
        now.set(lastRead);
        background.run(statusSource::status, s -> {
            if (reading == generation) {
                statusFailed.set(false);
                status.set(Optional.of(s));
            }
        }, failure -> {
            if (reading == generation) {
                statusFailed.set(true);
                status.set(Optional.empty());
            }
        });
    }

    /** Staff mode closes: nothing of it stays in memory for the next screen, and the refreshing stops. */
    public void closed() {
        generation++;
        ticking.cancel();
        ticking = () -> { };
        who.set(Optional.empty());
        status.set(Optional.empty());
    }
}
