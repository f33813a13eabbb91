package org.madang.kiosk.scan;

/** Receives each complete payload a scanner or the camera read. Called on the input's own thread. */
@FunctionalInterface
public interface ScanListener {

    /** One scanned payload, without its line terminator. */
    void onScan(String payload, ScanSource source);
}
