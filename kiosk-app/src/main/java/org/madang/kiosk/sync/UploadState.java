package org.madang.kiosk.sync;

/** Where the upload of this device's records stands, as the screen and the status LED tell it. */
public enum UploadState {
    /** The sync agent never wrote its state (no agent yet, or a new device). */
    NOT_SYNCED_YET,
    /** The central holds every record of the journal. */
    SYNCED,
    /** Records wait for the next upload; nothing has gone wrong since the last success. */
    WAITING,
    /** The upload fails, is stopped at a refused record, or its state cannot be believed. */
    FAILING
}
