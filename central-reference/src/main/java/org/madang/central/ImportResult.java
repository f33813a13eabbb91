package org.madang.central;

import java.util.List;
import java.util.Objects;
import org.madang.sync.api.wire.RecordVerdict;

/**
 * What importing a USB export did: the device, how far its journal is now stored, how many
 * records were stored anew, found already stored, and the refused ones (the first refusal stops
 * the import).
 */
public record ImportResult(String deviceId, String journalId, long storedThrough, int stored, int duplicates,
        List<RecordVerdict> rejected) {

    public ImportResult {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(journalId, "journalId");
        rejected = List.copyOf(rejected);
    }
}
