package org.madang.kiosk.ui;

import java.time.Clock;
import java.util.Optional;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.Site;
import org.madang.kiosk.ui.demo.DemoCheckinDesk;
import org.madang.kiosk.ui.demo.DemoDeviceStatus;
import org.madang.kiosk.ui.demo.DemoEvents;
import org.madang.kiosk.ui.demo.DemoTokenVerifier;
import org.madang.journal.clock.SystemWallClockTrust;
import org.madang.kiosk.ui.port.DeviceStatusSource;
import org.madang.kiosk.ui.port.EventCatalog;
import org.madang.kiosk.ui.port.KioskServices;
import org.madang.kiosk.ui.port.ToneSignal;
import org.madang.kiosk.ui.status.JournalDeviceStatus;

/**
 * The one place where the touchscreen's ports meet their implementations. Real today: the
 * profile's identity and PIN, and staff mode's status (journal stats, clock trust). Demo fakes
 * today: tokens, events and the check-in desk; after merging, replace them here with the real
 * JwtTokenVerifier, content store and JournalCheckinDesk, and set {@code demo} to false.
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
        DeviceStatusSource status = profile.<DeviceStatusSource>map(
                        p -> new JournalDeviceStatus(p, clock, SystemWallClockTrust.timesyncd()))
                .orElseGet(() -> new DemoDeviceStatus(deviceId, site));
        return new KioskServices(new DemoCheckinDesk(tokens, events, clock), tokens, events, status,
                profile.flatMap(DeviceProfile::adminPin), tones, true);
    }
}
