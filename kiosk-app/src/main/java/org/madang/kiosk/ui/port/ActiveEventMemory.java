package org.madang.kiosk.ui.port;

import java.util.Optional;

/**
 * Remembers the event staff chose for check-ins, so that a kiosk restarted after a power cut at
 * a festival goes on checking residents in to the same event instead of whichever opened first.
 * Both methods may touch the disk: call them off the UI thread.
 */
public interface ActiveEventMemory {

    /** Nothing survives a restart (the demo). */
    ActiveEventMemory NONE = new ActiveEventMemory() {
        @Override
        public Optional<String> recall() {
            return Optional.empty();
        }

        @Override
        public void remember(String eventId) {
            // Nothing to keep.
        }
    };

    /** The event id chosen last, if any. */
    Optional<String> recall();

    /** Keeps {@code eventId} as the chosen event. */
    void remember(String eventId);
}
