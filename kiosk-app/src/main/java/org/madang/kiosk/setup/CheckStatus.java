package org.madang.kiosk.setup;

/** How one item of the check list stands. */
public enum CheckStatus {
    /** Works. */
    PASSED,
    /** Works for residents now, but staff should know (no network yet, clock not synchronised). */
    WARNING,
    /** Broken: the terminal cannot start until it is fixed. */
    FAILED,
    /** Not there yet, and the terminal cannot start without it (content on its way). */
    WAITING,
    /** This terminal does not use it (no camera, no GPIO). */
    NOT_USED;

    /** Whether the kiosk may start with an item in this state. */
    public boolean allowsStart() {
        return this != FAILED && this != WAITING;
    }
}
