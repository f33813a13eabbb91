package org.madang.kiosk.station;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes what was opened, last first, carrying on past a part that fails to close. */
final class ReverseCloser {

    private static final Logger log = LoggerFactory.getLogger(ReverseCloser.class);

    private ReverseCloser() {
    }

    static void closeAll(List<? extends AutoCloseable> parts) {
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
