package org.madang.central.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A record the central refused, or stored without its derived data ({@code MALFORMED}).
 *
 * @param source {@code upload} or {@code import}
 */
public record Refusal(String deviceId, long seq, String recordId, String reason, String detail, String source,
        Instant at) {

    public Refusal {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
    }
}
