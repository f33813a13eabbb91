package org.madang.kiosk.ui.port;

/** Where the upload of this device's records stands, as staff see it. */
public enum SyncState {
    /** Nothing was ever uploaded (no sync agent yet, or a new device). */
    NOT_SYNCED_YET,
    /** Every record is at the central. */
    SYNCED,
    /** Records are waiting for the network. */
    WAITING,
    /** The upload fails (its code is shown) or is stopped at a refused record; the sync agent's log says more. */
    FAILING
}
