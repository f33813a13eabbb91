package org.madang.kiosk.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madang.device.profile.Language;
import org.madang.device.token.TokenRejection;
import org.madang.kiosk.checkin.CheckinOutcome;
import org.madang.kiosk.checkin.CheckinRefusal;
import org.madang.kiosk.hardware.BuzzerPattern;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.ui.port.ActiveEventMemory;
import org.madang.kiosk.ui.port.KioskServices;
import org.madang.kiosk.ui.testing.FakeCheckinDesk;
import org.madang.kiosk.ui.testing.Fixtures;
import org.madang.kiosk.ui.testing.ManualScheduler;
import org.madang.kiosk.ui.testing.RecordingTones;
import org.madang.kiosk.ui.testing.SameThreadBackground;

class KioskViewModelTest {

    private final ManualScheduler scheduler = new ManualScheduler(Fixtures.NOW);
    private final FakeCheckinDesk desk = new FakeCheckinDesk();
    private final RecordingTones tones = new RecordingTones();
    private final KioskViewModel vm = new KioskViewModel(Fixtures.services(desk, tones), scheduler.clock(), scheduler,
            new SameThreadBackground(), UiTimeouts.DEFAULTS);

    @BeforeEach
    void start() {
        vm.start();
    }

    @Test
    void startsOnTheWelcomeScreenInKoreanWithTheFirstOpenEvent() {
        assertThat(vm.screen().get()).isEqualTo(Screen.ATTRACT);
        assertThat(vm.language().get()).isEqualTo(Language.KO);
        assertThat(vm.activeEvent().get()).contains(Fixtures.CLEANUP);
    }

    @Test
    void oneTapSwitchesLanguageAndTheNextSwitchesBack() {
        vm.toggleLanguage();
        assertThat(vm.language().get()).isEqualTo(Language.EN);
        assertThat(vm.title(Fixtures.CLEANUP)).isEqualTo("Village clean-up day");
        vm.toggleLanguage();
        assertThat(vm.language().get()).isEqualTo(Language.KO);
    }

    @Test
    void anAcceptedScanShowsThePointsAndPlaysTheSuccessTone() {
        desk.answer(new CheckinOutcome.Accepted(Fixtures.CLEANUP, 1000, 7, Fixtures.NOW));
        vm.startCheckin();
        vm.scanned("member-code", ScanSource.KEYBOARD_WEDGE);
        CheckinFeedback feedback = vm.checkin().feedback().get();
        assertThat(feedback.kind()).isEqualTo(FeedbackKind.ACCEPTED);
        assertThat(feedback.detail()).contains(Message.of("checkin.accepted.points", 1000));
        assertThat(tones.played()).containsExactly(BuzzerPattern.SUCCESS);
        assertThat(desk.calls()).containsExactly(
                new FakeCheckinDesk.Call("member-code", ScanSource.KEYBOARD_WEDGE, "cleanup"));
    }

    @Test
    void aMemberScanOnTheWelcomeScreenChecksInAtOnce() {
        desk.answer(new CheckinOutcome.Accepted(Fixtures.CLEANUP, 1000, 7, Fixtures.NOW));
        vm.scanned("member-code", ScanSource.CAMERA);
        assertThat(vm.screen().get()).isEqualTo(Screen.CHECKIN);
        assertThat(vm.checkin().feedback().get().kind()).isEqualTo(FeedbackKind.ACCEPTED);
    }

    @Test
    void theOutcomeMakesWayForTheNextPersonAfterAFewSeconds() {
        desk.answer(new CheckinOutcome.Accepted(Fixtures.CLEANUP, 1000, 7, Fixtures.NOW));
        vm.startCheckin();
        vm.scanned("member-code", ScanSource.KEYBOARD_WEDGE);
        scheduler.advance(UiTimeouts.DEFAULTS.feedbackShown());
        assertThat(vm.checkin().feedback().get()).isEqualTo(CheckinFeedback.READY);
    }

    @Test
    void theNextScanReplacesTheOutcomeAtOnce() {
        desk.answer(new CheckinOutcome.Accepted(Fixtures.CLEANUP, 1000, 7, Fixtures.NOW))
                .answer(new CheckinOutcome.Duplicate(Fixtures.CLEANUP, Fixtures.NOW));
        vm.startCheckin();
        vm.scanned("first", ScanSource.KEYBOARD_WEDGE);
        vm.scanned("second", ScanSource.KEYBOARD_WEDGE);
        assertThat(vm.checkin().feedback().get().kind()).isEqualTo(FeedbackKind.DUPLICATE);
        assertThat(tones.played()).containsExactly(BuzzerPattern.SUCCESS, BuzzerPattern.DUPLICATE);
    }

    @Test
    void aDuplicateNamesTheEarlierTimeInSeoul() {
        // 01:32 UTC is 10:32 in Seoul.
        desk.answer(new CheckinOutcome.Duplicate(Fixtures.CLEANUP, Instant.parse("2026-11-22T01:32:10Z")));
        vm.startCheckin();
        vm.scanned("member-code", ScanSource.KEYBOARD_WEDGE);
        assertThat(vm.checkin().feedback().get().detail())
                .contains(Message.of("checkin.duplicate.detail.once-per-event", java.time.LocalTime.of(10, 32, 10)));
    }

    @Test
    void aTokenRefusalShowsTheTokensOwnReason() {
        desk.answer(new CheckinOutcome.Rejected(CheckinRefusal.TOKEN_REJECTED, Optional.of(TokenRejection.EXPIRED)));
        vm.startCheckin();
        vm.scanned("old-code", ScanSource.KEYBOARD_WEDGE);
        assertThat(vm.checkin().feedback().get().detail()).contains(Message.of("token.rejected.expired"));
        assertThat(tones.played()).containsExactly(BuzzerPattern.FAILURE);
    }

    @Test
    void aDeskFailureSaysNothingWasRecorded() {
        vm.startCheckin();
        vm.scanned("no-answer-scripted", ScanSource.KEYBOARD_WEDGE);
        assertThat(vm.checkin().feedback().get().detail()).contains(Message.of("checkin.refused.not-recorded"));
    }

    @Test
    void withoutAnActiveEventAScanIsRefusedWithoutAskingTheDesk() {
        KioskViewModel noEvents = new KioskViewModel(new org.madang.kiosk.ui.port.KioskServices(desk,
                Fixtures.staffVerifier(), java.util.List::of, () -> Fixtures.STATUS, Optional.empty(), tones, false),
                scheduler.clock(), scheduler, new SameThreadBackground(), UiTimeouts.DEFAULTS);
        noEvents.start();
        noEvents.startCheckin();
        noEvents.scanned("member-code", ScanSource.KEYBOARD_WEDGE);
        assertThat(noEvents.checkin().feedback().get().detail()).contains(Message.of("checkin.refused.no-such-event"));
        assertThat(desk.calls()).isEmpty();
    }

    @Test
    void aStaffCardOpensStaffModeWithTheStaffName() {
        vm.scanned(Fixtures.STAFF_CARD, ScanSource.KEYBOARD_WEDGE);
        assertThat(vm.screen().get()).isEqualTo(Screen.STAFF);
        assertThat(vm.staff().who().get()).contains("김민지");
        assertThat(vm.staff().status().get()).contains(Fixtures.STATUS);
        assertThat(desk.calls()).isEmpty();
    }

    @Test
    void staffChooseTheActiveEvent() {
        vm.scanned(Fixtures.STAFF_CARD, ScanSource.KEYBOARD_WEDGE);
        vm.chooseEvent("assembly");
        assertThat(vm.activeEvent().get()).contains(Fixtures.ASSEMBLY);
    }

    @Test
    void staffsChoiceOfEventIsRememberedAndComesBackAfterARestart() {
        RememberingMemory memory = new RememberingMemory();
        KioskViewModel first = new KioskViewModel(withMemory(memory), scheduler.clock(), scheduler,
                new SameThreadBackground(), UiTimeouts.DEFAULTS);
        first.start();
        assertThat(first.activeEvent().get()).contains(Fixtures.CLEANUP);
        first.scanned(Fixtures.STAFF_CARD, ScanSource.KEYBOARD_WEDGE);
        first.chooseEvent("assembly");

        KioskViewModel restarted = new KioskViewModel(withMemory(memory), scheduler.clock(), scheduler,
                new SameThreadBackground(), UiTimeouts.DEFAULTS);
        restarted.start();

        assertThat(memory.kept).contains("assembly");
        assertThat(restarted.activeEvent().get()).contains(Fixtures.ASSEMBLY);
    }

    @Test
    void aRememberedEventTheContentNoLongerHasFallsBackToTheFirstOpenOne() {
        RememberingMemory memory = new RememberingMemory();
        memory.remember("withdrawn-event");
        KioskViewModel restarted = new KioskViewModel(withMemory(memory), scheduler.clock(), scheduler,
                new SameThreadBackground(), UiTimeouts.DEFAULTS);
        restarted.start();

        assertThat(restarted.activeEvent().get()).contains(Fixtures.CLEANUP);
    }

    private KioskServices withMemory(ActiveEventMemory memory) {
        KioskServices s = Fixtures.services(desk, tones);
        return new KioskServices(s.desk(), s.tokens(), s.events(), s.status(), s.adminPin(), s.tones(), s.demo(), memory);
    }

    /** What a restart keeps: the last event remembered. */
    private static final class RememberingMemory implements ActiveEventMemory {
        private Optional<String> kept = Optional.empty();

        @Override
        public Optional<String> recall() {
            return kept;
        }

        @Override
        public void remember(String eventId) {
            kept = Optional.of(eventId);
        }
    }

    @Test
    void idleResetShowsACountdownThenReturnsToAFreshWelcomeScreen() {
        desk.answer(new CheckinOutcome.Accepted(Fixtures.CLEANUP, 1000, 7, Fixtures.NOW));
        vm.toggleLanguage();
        vm.toggleLargeText();
        vm.toggleHighContrast();
        vm.startCheckin();
        vm.scanned("member-code", ScanSource.KEYBOARD_WEDGE);
        scheduler.advance(UiTimeouts.DEFAULTS.feedback().idle());
        assertThat(vm.idleCountdown().get()).contains(20);
        scheduler.advance(Duration.ofSeconds(20));
        assertThat(vm.screen().get()).isEqualTo(Screen.ATTRACT);
        assertThat(vm.checkin().feedback().get()).isEqualTo(CheckinFeedback.READY);
        assertThat(vm.language().get()).isEqualTo(Language.KO);
        assertThat(vm.largeText().get()).isFalse();
        assertThat(vm.highContrast().get()).isFalse();
        assertThat(desk.calls()).hasSize(1);
    }

    @Test
    void continueKeepsThePersonsScreen() {
        vm.openPinPad();
        scheduler.advance(Duration.ofSeconds(125));
        assertThat(vm.idleCountdown().get()).contains(25);
        vm.continueSession();
        assertThat(vm.idleCountdown().get()).isEmpty();
        scheduler.advance(Duration.ofSeconds(60));
        assertThat(vm.screen().get()).isEqualTo(Screen.STAFF_PIN);
    }

    @Test
    void staffModeTimesOutLikeAnyChoosingScreen() {
        vm.scanned(Fixtures.STAFF_CARD, ScanSource.KEYBOARD_WEDGE);
        scheduler.advance(Duration.ofSeconds(150));
        assertThat(vm.screen().get()).isEqualTo(Screen.ATTRACT);
        assertThat(vm.staff().who().get()).isEmpty();
    }
}
