package org.madang.kiosk.station;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started station and everything it opened, closed in reverse order. */
public final class OpenStation implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpenStation.class);

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
        for (AutoCloseable part : parts.reversed()) {
            try {
                part.close();
            } catch (Exception e) {
                // Closing cannot lose a record (every append was durable); keep closing the rest.
                log.warn("closing {} failed", part, e);
            }
        }
    }
}
