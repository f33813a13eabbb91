package org.madang.kiosk.ui.port;

/** Reads the device's status for staff mode (profile, clock trust, journal stats, sync state). */
@FunctionalInterface
public interface DeviceStatusSource {

    /** A fresh snapshot. May read the disk: call it off the UI thread. */
    DeviceStatus status();
}
