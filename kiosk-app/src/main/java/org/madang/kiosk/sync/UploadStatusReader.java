package org.madang.kiosk.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.sync.CorruptStateException;
import org.madang.device.sync.SyncState;
import org.madang.device.sync.SyncStateFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the sync agent's {@code <dataDir>/sync/state.json} (read-only: the agent is its only
 * writer, and replaces it atomically) and applies {@link UploadRules}. A file that cannot be read
 * or believed is a fault, logged once per distinct problem because it is polled every few seconds.
 */
public final class UploadStatusReader {

    private static final Logger log = LoggerFactory.getLogger(UploadStatusReader.class);

    private final SyncStateFile file;
    private final String deviceId;
    private String lastLogged = "";

    /** Reads the state file of {@code dataDir}; {@code deviceId} names the device in the log. */
    public UploadStatusReader(Path dataDir, String deviceId) {
        this.file = SyncStateFile.in(Objects.requireNonNull(dataDir, "dataDir"));
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
    }

    /** The status of the journal {@code journalId} whose newest record is {@code lastSeq}; never throws for the file. */
    public UploadStatus read(String journalId, long lastSeq) {
        Optional<SyncState> state;
        try {
            state = file.read();
        } catch (CorruptStateException e) {
            logOnce("device " + deviceId + ": sync state " + file.file() + " is damaged, upload shown as failing: "
                    + e.getMessage());
            return UploadRules.failing(lastSeq, UploadStatus.STATE_CORRUPT);
        } catch (IOException e) {
            logOnce("device " + deviceId + ": cannot read sync state " + file.file() + " (" + e
                    + "); upload shown as failing. Fix: let the kiosk's user read the agent's sync directory");
            return UploadRules.failing(lastSeq, UploadStatus.STATE_UNREADABLE);
        }
        UploadStatus status = UploadRules.derive(state, journalId, lastSeq);
        if (status.problem().filter(UploadStatus.STATE_OTHER_JOURNAL::equals).isPresent()) {
            logOnce("device " + deviceId + ": sync state " + file.file() + " belongs to journal "
                    + state.orElseThrow().journalId() + ", not " + journalId + "; the sync agent will not run on it");
        } else {
            synchronized (this) {
                lastLogged = "";
            }
        }
        return status;
    }

    private synchronized void logOnce(String message) {
        if (!message.equals(lastLogged)) {
            log.error(message);
            lastLogged = message;
        }
    }
}
