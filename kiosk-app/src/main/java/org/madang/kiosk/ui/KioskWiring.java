package org.madang.kiosk.ui;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.madang.device.content.poll.Poll;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.Role;
import org.madang.device.profile.Site;
import org.madang.device.token.Revocations;
import org.madang.journal.JournalException;
import org.madang.journal.JournalOptions;
import org.madang.journal.clock.SystemWallClockTrust;
import org.madang.kiosk.device.ActiveEventFile;
import org.madang.kiosk.device.InstalledContent;
import org.madang.kiosk.station.StationFactory;
import org.madang.kiosk.ui.demo.DemoCheckinDesk;
import org.madang.kiosk.ui.demo.DemoDeviceStatus;
import org.madang.kiosk.ui.demo.DemoEvents;
import org.madang.kiosk.ui.demo.DemoTokenVerifier;
import org.madang.kiosk.ui.port.DeviceStatusSource;
import org.madang.kiosk.ui.port.EventCatalog;
import org.madang.kiosk.ui.port.KioskServices;
import org.madang.kiosk.ui.port.ToneSignal;
import org.madang.kiosk.ui.status.JournalDeviceStatus;
import org.madang.kiosk.survey.JournalSurveyDesk;
import org.madang.kiosk.survey.SurveyContent;
import org.madang.kiosk.survey.SurveyDesk;
import org.madang.kiosk.vote.BallotSealer;
import org.madang.kiosk.vote.EspeakSpeaker;
import org.madang.kiosk.vote.HashedVoucherCodes;
import org.madang.kiosk.vote.JournalVoteDesk;
import org.madang.kiosk.vote.Speaker;
import org.madang.kiosk.vote.VoteContent;
import org.madang.kiosk.vote.VoteDesk;
import org.madang.kiosk.vote.Voting;

/**
 * The one place where the touchscreen's ports meet their implementations: a real device (its
 * journal, content, token verifier, check-in desk and peripherals), or a bare demo with fakes
 * that says on screen that nothing is recorded.
 */
public final class KioskWiring {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KioskWiring.class);

    /** Site shown when no profile exists (a bare demo). */
    static final Site DEMO_SITE = new Site("1114055000", "명동");

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
                false, ActiveEventFile.in(profile.dataDir(), clock), voting(device, clock), surveys(device, clock));
    }

    /**
     * Voting on a device whose profile has the vote role and whose content is installed: the
     * desk over its journal (the poll book rebuilt at start); read-aloud (espeak-ng) when the
     * profile's {@code audio} is on.
     */
    static Voting voting(StationFactory.OpenDevice device, Clock clock) {
        DeviceProfile profile = device.profile();
        if (!profile.roles().contains(Role.VOTE) || !(device.content() instanceof InstalledContent installed)) {
            return Voting.NONE;
        }
        VoteContent content = new VoteContent() {
            @Override
            public List<Poll> polls() {
                return installed.bundle().polls();
            }

            @Override
            public Revocations revocations() {
                return installed.bundle().revocations();
            }

            @Override
            public String pseudonymOf(String memberId) {
                return installed.pseudonymOf(memberId);
            }
        };
        try {
            VoteDesk desk = JournalVoteDesk.open(device.journal(), device.verifier(), content, new HashedVoucherCodes(),
                    BallotSealer.ballotSeal(new SecureRandom()), clock, profile.deviceId(),
                    JournalOptions.DEFAULT_BOX_RELEASE_THRESHOLD);
            return new Voting(Optional.of(desk), profile.audio() ? new EspeakSpeaker() : Speaker.SILENT, profile.audio());
        } catch (JournalException e) {
            LOG.error("Device {}: voting is OFF, the poll book could not be read from the journal ({})",
                    profile.deviceId(), e.getMessage(), e);
            return Voting.NONE;
        }
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
            public List<org.madang.device.content.survey.Survey> surveys() {
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
            LOG.error("Device {}: surveys are NOT offered: the survey points already claimed cannot be read ({})",
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
