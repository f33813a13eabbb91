package org.madang.kiosk.testing;

import java.util.List;
import org.madang.journal.AppendReceipt;
import org.madang.journal.DepositReceipt;
import org.madang.journal.Journal;
import org.madang.journal.JournalException;
import org.madang.journal.JournalInfo;
import org.madang.journal.JournalRecord;
import org.madang.journal.JournalStats;
import org.madang.journal.RecordDraft;
import org.madang.journal.SecretDraft;

/** A journal whose appends and deposits fail (disk full) while {@link #failing} is set; otherwise the delegate's. */
public final class SwitchableJournal implements Journal {

    private final Journal delegate;
    private volatile boolean failing;

    public SwitchableJournal(Journal delegate) {
        this.delegate = delegate;
    }

    public void failing(boolean value) {
        failing = value;
    }

    @Override
    public AppendReceipt append(RecordDraft draft) throws JournalException {
        if (failing) {
            throw new JournalException(JournalException.Failure.DISK_FULL, null, "test: disk full");
        }
        return delegate.append(draft);
    }

    @Override
    public DepositReceipt deposit(RecordDraft identified, SecretDraft secret) throws JournalException {
        if (failing) {
            throw new JournalException(JournalException.Failure.DISK_FULL, null, "test: disk full");
        }
        return delegate.deposit(identified, secret);
    }

    @Override
    public int releaseBox(String boxId) throws JournalException {
        return delegate.releaseBox(boxId);
    }

    @Override
    public int pendingInBox(String boxId) throws JournalException {
        return delegate.pendingInBox(boxId);
    }

    @Override
    public JournalInfo info() throws JournalException {
        return delegate.info();
    }

    @Override
    public long lastSeq() throws JournalException {
        return delegate.lastSeq();
    }

    @Override
    public List<JournalRecord> readAfter(long afterSeq, int maxRecords) throws JournalException {
        return delegate.readAfter(afterSeq, maxRecords);
    }

    @Override
    public JournalStats stats() throws JournalException {
        return delegate.stats();
    }

    @Override
    public void close() throws JournalException {
        delegate.close();
    }
}
