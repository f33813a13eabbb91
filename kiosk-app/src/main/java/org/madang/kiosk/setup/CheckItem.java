package org.madang.kiosk.setup;

/** What the set-up check list looks at, in the order staff read it. */
public enum CheckItem {
    /** The data folder takes durable writes and has room. */
    STORAGE,
    /** The wall clock is synchronised (records carry it). */
    CLOCK,
    /** A QR scanner has read a code. */
    SCANNER,
    /** The camera gives pictures (when one is configured). */
    CAMERA,
    /** The GPIO pins the profile asks for open (when it asks for any). */
    GPIO,
    /** The central answers on the network. */
    NETWORK,
    /** The central knows this terminal. */
    ENROLLED,
    /** Events, polls and surveys are installed. */
    CONTENT
}
