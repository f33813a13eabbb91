package org.madang.kiosk.ui;

import java.time.Clock;
import java.util.Optional;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.Site;
import org.madang.kiosk.ui.demo.DemoCheckinDesk;
import org.madang.kiosk.ui.demo.DemoDeviceStatus;
import org.madang.kiosk.ui.demo.DemoEvents;
import org.madang.kiosk.ui.demo.DemoTokenVerifier;
import org.madang.kiosk.ui.port.EventCatalog;
import org.madang.kiosk.ui.port.KioskServices;
import org.madang.kiosk.ui.port.ToneSignal;

/**
 * The one place where the touchscreen's ports meet their implementations. Today every port but
 * the profile's identity and PIN is a demo fake; after merging, replace them here with the real
 * JwtTokenVerifier, content store, JournalCheckinDesk and a journal-backed status source, and set
 * {@code demo} to false.
 */
public final class KioskWiring {

    /** Site shown when no profile exists (a bare demo). */
    static final Site DEMO_SITE = new Site("1114055000", "명동");

    private KioskWiring() {
    }

    /** Services for {@code profile} (or a bare demo when empty), all backed by demo fakes for now. */
    public static KioskServices services(Optional<DeviceProfile> profile, Clock clock, ToneSignal tones) {
        Site site = profile.map(DeviceProfile::site).orElse(DEMO_SITE);
        String deviceId = profile.map(DeviceProfile::deviceId).orElse("demo-kiosk");
        DemoTokenVerifier tokens = new DemoTokenVerifier(clock);
        EventCatalog events = new DemoEvents(clock, site.dongCode());
        return new KioskServices(new DemoCheckinDesk(tokens, events, clock), tokens, events,
                new DemoDeviceStatus(deviceId, site), profile.flatMap(DeviceProfile::adminPin), tones, true);
    }
}
