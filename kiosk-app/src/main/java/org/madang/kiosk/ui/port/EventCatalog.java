package org.madang.kiosk.ui.port;

import java.util.List;
import org.madang.device.content.Event;

/** The events this device's content offers for check-in (the content store, once merged). */
@FunctionalInterface
public interface EventCatalog {

    /** Every event the device knows, in the order staff should see them. May read the disk: call it off the UI thread. */
    List<Event> events();
}
