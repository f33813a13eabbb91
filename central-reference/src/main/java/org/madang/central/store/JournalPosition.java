package org.madang.central.store;

import org.madang.journal.chain.Sha256;

/** How far a journal is stored: every record up to {@code storedThrough}, the last one's hash. */
public record JournalPosition(long storedThrough, Sha256 storedHash) {
}
