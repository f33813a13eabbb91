package org.madang.kiosk.scan;

/** Where a scanned payload came from; recorded with a check-in, never used to decide it. */
public enum ScanSource {
    /** A USB scanner that types the payload and Enter (keyboard wedge). */
    KEYBOARD_WEDGE,
    /** A serial (USB CDC-ACM) scanner. */
    SERIAL,
    /** The camera, decoded with ZXing. */
    CAMERA,
    /** Standard input of the headless station (piped or a scanner on a terminal). */
    STDIN;

    /** The name written in records. */
    public String recordName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
