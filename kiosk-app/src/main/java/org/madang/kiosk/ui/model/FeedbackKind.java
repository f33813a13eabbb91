package org.madang.kiosk.ui.model;

/** What the check-in screen is showing. Each kind has its own words and shape, never colour alone. */
public enum FeedbackKind {
    /** Waiting for a scan. */
    READY,
    /** A scan is being checked and recorded. */
    WORKING,
    /** Recorded: the points are pending until synced. */
    ACCEPTED,
    /** Already checked in; nothing new recorded. */
    DUPLICATE,
    /** Refused; nothing recorded. */
    REFUSED
}
