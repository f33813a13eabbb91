package org.madang.sync.api.wire;

/** {@code GET /api/v1/time}: the central's clock in milliseconds since the epoch. */
public record ServerTime(long epochMillis) {
}
