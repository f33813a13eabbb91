package org.madang.journal;

/**
 * The device's journal, as its one writer sees it: the kiosk (or the check-in station) appends;
 * everything else reads through {@link JournalReader}.
 *
 * <p>Every method that returns normally has made its change durable (the SQLite commit is on
 * disk); every method that throws has changed nothing. Safe for use by several threads:
 * concurrent appends are committed together (group commit) without weakening either promise.
 */
public interface Journal extends JournalReader {

    /**
     * Appends one record and returns once it is durable.
     *
     * @throws IllegalArgumentException if the kind is secret ({@link RecordKind#isSecret()}):
     *     secrets go through {@link #deposit}
     */
    AppendReceipt append(RecordDraft draft) throws JournalException;

    /**
     * Deposits a secret in its ballot box and, in the same transaction, appends the identified
     * record that goes with it (the poll-book entry), if any.
     *
     * <p>The secret enters the journal later, shuffled among at least {@link
     * JournalOptions#boxReleaseThreshold()} secrets of the same box, or when the box is released
     * with {@link #releaseBox}. Nothing stored records which deposit a secret came from.
     *
     * @param identified the identified record to append now, or {@code null} for none
     */
    DepositReceipt deposit(RecordDraft identified, SecretDraft secret) throws JournalException;

    /**
     * Releases every secret waiting in a box into the journal, shuffled (when a poll closes).
     *
     * @return how many were released
     */
    int releaseBox(String boxId) throws JournalException;

    /** How many secrets wait in a box. */
    int pendingInBox(String boxId) throws JournalException;
}
