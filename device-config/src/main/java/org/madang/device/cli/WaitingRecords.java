package org.madang.device.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.madang.device.sync.CorruptStateException;
import org.madang.device.sync.ExportsFile;
import org.madang.device.sync.SyncState;
import org.madang.device.sync.SyncStateFile;
import org.madang.journal.JournalException;
import org.madang.journal.sqlite.SqliteJournalReader;

/**
 * The guard before a device is set up again: records the central has not acknowledged
 * ({@code sync/state.json}) and no USB export covered ({@code sync/exports.json}) would be
 * stranded, so the command refuses and says how to export them.
 */
final class WaitingRecords {

    private WaitingRecords() {
    }

    /**
     * Refuses while records are waiting.
     *
     * @throws CommandFailure exit 1 naming how many records wait and the export command; exit 3 if the journal cannot be read
     */
    static void refuseIfWaiting(DataDirectory directory, String deviceId) throws CommandFailure {
        if (!Files.exists(directory.journalFile())) {
            return;
        }
        long lastSeq;
        String journalId;
        try (SqliteJournalReader journal = SqliteJournalReader.open(directory.journalFile())) {
            lastSeq = journal.lastSeq();
            journalId = journal.info().journalId();
        } catch (JournalException e) {
            throw Failures.journal(e);
        }
        long acked;
        try {
            Optional<SyncState> state = SyncStateFile.in(directory.root()).read();
            // A state of another journal acknowledges nothing of this one.
            acked = state.filter(s -> s.journalId().equals(journalId)).map(SyncState::ackedSeq).orElse(0L);
        } catch (CorruptStateException e) {
            // Unreadable: nothing counts as acknowledged (an export still may cover the records).
            acked = 0;
        } catch (IOException e) {
            throw Failures.io(SyncStateFile.in(directory.root()).file(), e);
        }
        long exported;
        try {
            exported = ExportsFile.in(directory.root()).coveredThrough(journalId).orElse(0L);
        } catch (IOException e) {
            throw Failures.io(ExportsFile.in(directory.root()).file(), e);
        }
        long covered = Math.max(acked, exported);
        if (lastSeq > covered) {
            throw new CommandFailure(ExitStatus.CHECK_FAILED, java.util.List.of(
                    Text.of("error.provision.waiting", lastSeq - covered, directory.journalFile(), acked, lastSeq),
                    Text.of("error.provision.waiting.fix", directory.root(), deviceId)), null);
        }
    }
}
