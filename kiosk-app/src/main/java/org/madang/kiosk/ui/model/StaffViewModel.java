package org.madang.kiosk.ui.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.content.Event;
import org.madang.kiosk.ui.port.DeviceStatus;
import org.madang.kiosk.ui.port.DeviceStatusSource;
import org.madang.kiosk.ui.port.EventCatalog;

/** Staff mode: the device's status and the choice of the event residents check in to. */
public final class StaffViewModel {

    private final DeviceStatusSource statusSource;
    private final EventCatalog catalog;
    private final Background background;
    private final State<Optional<DeviceStatus>> status = new State<>(Optional.empty());
    private final State<List<Event>> events = new State<>(List.of());
    private final State<Optional<String>> who = new State<>(Optional.empty());
    private final State<Boolean> statusFailed = new State<>(false);

    public StaffViewModel(DeviceStatusSource statusSource, EventCatalog catalog, Background background) {
        this.statusSource = Objects.requireNonNull(statusSource, "statusSource");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.background = Objects.requireNonNull(background, "background");
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

    /** Staff mode opens: reads the status and the events afresh. */
    public void opened(Optional<String> staffName) {
        who.set(staffName);
        refresh();
    }

    /** Reads the status and the events again. */
    public void refresh() {
        status.set(Optional.empty());
        statusFailed.set(false);
        background.run(statusSource::status, s -> status.set(Optional.of(s)), failure -> statusFailed.set(true));
        background.run(catalog::events, list -> events.set(List.copyOf(list)), failure -> events.set(List.of()));
    }

    /** Staff mode closes: nothing of it stays in memory for the next screen. */
    public void closed() {
        who.set(Optional.empty());
        status.set(Optional.empty());
    }
}
