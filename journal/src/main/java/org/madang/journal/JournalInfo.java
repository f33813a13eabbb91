package org.madang.journal;

import java.time.Instant;
import org.madang.journal.chain.RecordHasher;
import org.madang.journal.chain.Sha256;

/**
 * Facts about a journal fixed at its creation.
 *
 * @param journalId random id of this journal (binds its genesis hash)
 * @param createdAt when the journal file was created
 * @param schemaVersion the file's schema version
 */
public record JournalInfo(String journalId, Instant createdAt, int schemaVersion) {

    /** The "previous hash" of record 1. */
    public Sha256 genesisHash() {
        return RecordHasher.genesis(journalId);
    }
}
