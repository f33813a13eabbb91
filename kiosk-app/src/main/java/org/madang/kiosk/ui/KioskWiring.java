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
import org.madang.kiosk.device.ActiveEventFile;
import org.madang.kiosk.station.StationFactory;
import org.madang.kiosk.ui.port.DeviceStatusSource;
import org.madang.kiosk.ui.port.EventCatalog;
import org.madang.kiosk.ui.port.KioskServices;
import org.madang.kiosk.ui.port.ToneSignal;
import org.madang.kiosk.ui.status.JournalDeviceStatus;
import org.madang.journal.JournalException;
import org.madang.kiosk.device.InstalledContent;
import org.madang.kiosk.survey.JournalSurveyDesk;
import org.madang.kiosk.survey.SurveyContent;
import org.madang.kiosk.survey.SurveyDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the touchscreen's ports meet their implementations: a real device (its
 * journal, content, token verifier, check-in desk and peripherals), or a bare demo with fakes
 * that says on screen that nothing is recorded.
 */
public final class KioskWiring {

    /** Site shown when no profile exists (a bare demo). */
    static final Site DEMO_SITE = new Site("1114055000", "명동");

    private static final Logger log = LoggerFactory.getLogger(KioskWiring.class);

    private KioskWiring() {
    }

    /**
     * Services of a real device: check-ins go through its journal; sounds play on the speaker and
     * on the buzzer.
     */
    public static KioskServices forDevice(StationFactory.OpenDevice device, Clock clock, ToneSignal speaker) {
        DeviceProfile profile = device.profile();
        ToneSignal tones = pattern -> {
            speaker.play(pattern);
            device.peripherals().buzzer().play(pattern);
        };
        return new KioskServices(device.desk(), device.verifier(), device.content()::events,
                new JournalDeviceStatus(profile, clock, SystemWallClockTrust.timesyncd()), profile.adminPin(), tones,
                false, ActiveEventFile.in(profile.dataDir(), clock), surveys(device, clock));
    }

    /**
     * The survey desk over the device's journal and installed content. None when the content is
     * not an installed bundle, or when the points already claimed cannot be read (offering points
     * then could pay a member twice).
     */
    static SurveyDesk surveys(StationFactory.OpenDevice device, Clock clock) {
        if (!(device.content() instanceof InstalledContent installed)) {
            return SurveyDesk.NONE;
        }
        SurveyContent content = new SurveyContent() {
            @Override
            public java.util.List<org.madang.device.content.survey.Survey> surveys() {
                return installed.bundle().surveys();
            }

            @Override
            public String pseudonymOf(String memberId) {
                return installed.pseudonymOf(memberId);
            }
        };
        try {
            return JournalSurveyDesk.open(device.journal(), content, clock);
        } catch (JournalException | IllegalStateException e) {
            log.error("device {}: surveys are NOT offered: the survey points already claimed cannot be read: {}",
                    device.profile().deviceId(), e.getMessage(), e);
            return SurveyDesk.NONE;
        }
    }

    /** Demo services for {@code profile} (or a bare demo when empty): fakes, nothing recorded. */
    public static KioskServices demo(Optional<DeviceProfile> profile, Clock clock, ToneSignal tones) {
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
