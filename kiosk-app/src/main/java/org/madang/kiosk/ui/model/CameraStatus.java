package org.madang.kiosk.ui.model;

/** What the check-in screen says about the camera. */
public enum CameraStatus {
    /** No camera configured: the screen points at the scanner only. */
    OFF,
    /** Configured, first frames not yet seen. */
    STARTING,
    /** Frames are arriving: the screen shows the preview and asks for the code in front of the camera. */
    LIVE,
    /** The camera failed or went quiet: the screen says so; scanners keep working. */
    UNAVAILABLE
}
