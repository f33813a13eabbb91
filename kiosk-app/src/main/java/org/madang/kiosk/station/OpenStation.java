package org.madang.kiosk.station;

import java.util.List;

/** A started station and everything it opened, closed in reverse order. */
public final class OpenStation implements AutoCloseable {

    private final Station station;
    private final List<AutoCloseable> parts;

    OpenStation(Station station, List<AutoCloseable> parts) {
        this.station = station;
        this.parts = List.copyOf(parts);
    }

    public Station station() {
        return station;
    }

    @Override
    public void close() {
        ReverseCloser.closeAll(parts);
    }
}
