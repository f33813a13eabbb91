package org.madang.sync.api.wire;

import java.util.Objects;

/**
 * {@code POST /api/v1/heartbeat}: how the device is doing, for the central's device list.
 *
 * @param lastError the agent's last error in a sentence, or empty
 * @param clockOffsetMillis central clock minus device clock, as last measured
 */
public record Heartbeat(String deviceId, String softwareVersion, long journalRecords, long journalBytes,
        long recordsWaiting, long diskFreeBytes, String lastError, long clockOffsetMillis) {

    public Heartbeat {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        Objects.requireNonNull(lastError, "lastError");
    }
}
