package org.madang.sync.agent.state;

import java.io.IOException;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.madang.device.sync.SyncState;
import org.madang.device.sync.SyncStateFile;

/**
 * The agent's current state and its file: every change is written durably before it becomes the
 * current state, so what the agent acts on is never ahead of what a SIGKILL would leave on disk.
 */
public final class StateKeeper {

    private final SyncStateFile file;
    private SyncState current;

    /** Keeps {@code initial}, which is assumed to be on disk already or harmless to lose. */
    public StateKeeper(SyncStateFile file, SyncState initial) {
        this.file = Objects.requireNonNull(file, "file");
        this.current = Objects.requireNonNull(initial, "initial");
    }

    /** The current state. */
    public synchronized SyncState state() {
        return current;
    }

    /** Applies a change, writes it durably, then makes it current. */
    public synchronized SyncState update(UnaryOperator<SyncState> change) throws IOException {
        SyncState next = change.apply(current);
        if (!next.equals(current)) {
            file.write(next);
            current = next;
        }
        return current;
    }
}
