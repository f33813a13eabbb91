package org.madang.kiosk.ui.model;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.content.Event;
import org.madang.device.profile.Language;
import org.madang.device.token.StaffToken;
import org.madang.device.token.TokenCheck;
import org.madang.device.token.TokenType;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.ui.model.survey.SurveyViewModel;
import org.madang.kiosk.ui.model.vote.VoteStaffViewModel;
import org.madang.kiosk.ui.model.vote.VoteViewModel;
import org.madang.kiosk.ui.port.KioskServices;
import org.madang.kiosk.ui.text.Texts;

/**
 * The kiosk as a whole: which screen shows, the language and display modes, the active event,
 * the idle reset, and where a scan goes. Every touch handler in the views calls one method here
 * (or on one of the screen view models it hands out). Called on the UI thread only.
 */
public final class KioskViewModel {

    /** The first PIN lock-out; it doubles after each further wrong PIN. */
    public static final Duration FIRST_PIN_LOCKOUT = Duration.ofSeconds(30);

    private final KioskServices services;
    private final Clock clock;
    private final Background background;
    private final UiTimeouts timeouts;
    private final State<Screen> screen = new State<>(Screen.ATTRACT);
    private final State<Language> language = new State<>(Language.KO);
    private final State<Boolean> largeText = new State<>(false);
    private final State<Boolean> highContrast = new State<>(false);
    private final State<Optional<Event>> activeEvent = new State<>(Optional.empty());
    private final IdleTimer idle;
    private final CheckinViewModel checkin;
    private final PinPadViewModel pinPad;
    private final StaffViewModel staff;
    private final CameraViewModel camera;
    private final SurveyViewModel survey;
    private final VoteViewModel vote;
    private final VoteStaffViewModel voteStaff;

    public KioskViewModel(KioskServices services, Clock clock, UiScheduler scheduler, Background background,
            UiTimeouts timeouts) {
        this.services = Objects.requireNonNull(services, "services");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.background = Objects.requireNonNull(background, "background");
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        this.idle = new IdleTimer(clock, scheduler, this::reset);
        this.checkin = new CheckinViewModel(services.desk(), services.tones(), background, scheduler,
                timeouts.feedbackShown());
        this.pinPad = new PinPadViewModel(services.adminPin(), new PinLockout(clock, FIRST_PIN_LOCKOUT), background,
                scheduler, () -> openStaff(Optional.empty()));
        this.staff = new StaffViewModel(services.status(), services.events(), background, clock, scheduler);
        this.camera = new CameraViewModel(scheduler);
        this.survey = new SurveyViewModel(services.surveys(), services.tokens(), services.tones(), clock, background,
                scheduler, this::home);
        this.vote = new VoteViewModel(services.voting(), background, scheduler, new Texts(), timeouts.feedbackShown(),
                this::home);
        this.voteStaff = new VoteStaffViewModel(services.voting(), background, vote::refreshAvailability);
    }

    /**
     * Loads the events and picks the active event: the one staff chose last (kept across restarts)
     * if the content still has it, else the first one open now. Staff may change it.
     */
    public void start() {
        background.run(() -> new Startup(services.events().events(), services.activeEvent().recall()),
                this::chooseDefaultEvent, failure -> { });
        survey.startSchedule();
        vote.startSchedule();
    }

    private record Startup(List<Event> events, Optional<String> remembered) {
    }

    private void chooseDefaultEvent(Startup startup) {
        if (activeEvent.get().isEmpty()) {
            Optional<Event> remembered = startup.remembered().flatMap(id -> startup.events().stream()
                    .filter(e -> e.id().equals(id)).findFirst());
            remembered.or(() -> startup.events().stream().filter(e -> e.isOpenAt(clock.instant())).findFirst())
                    .ifPresent(e -> activeEvent.set(Optional.of(e)));
        }
    }

    public State<Screen> screen() {
        return screen;
    }

    public State<Language> language() {
        return language;
    }

    public State<Boolean> largeText() {
        return largeText;
    }

    public State<Boolean> highContrast() {
        return highContrast;
    }

    /** The event residents check in to; empty until staff choose one (or one is open at start). */
    public State<Optional<Event>> activeEvent() {
        return activeEvent;
    }

    /** Seconds left before the idle reset; empty when no countdown shows. */
    public State<Optional<Integer>> idleCountdown() {
        return idle.secondsLeft();
    }

    /** True when fakes stand in for the journal (the screen must say nothing is recorded). */
    public boolean demo() {
        return services.demo();
    }

    public CheckinViewModel checkin() {
        return checkin;
    }

    public PinPadViewModel pinPad() {
        return pinPad;
    }

    public StaffViewModel staff() {
        return staff;
    }

    /** The survey screen. */
    public SurveyViewModel survey() {
        return survey;
    }

    /** A resident's voting flow. */
    public VoteViewModel vote() {
        return vote;
    }

    /** Staff's voting screen. */
    public VoteStaffViewModel voteStaff() {
        return voteStaff;
    }

    /** The welcome screen's "투표하기". */
    public void startVoting() {
        vote.begin();
        show(Screen.VOTE);
    }

    /** Staff mode's "투표 관리". */
    public void openVoteStaff() {
        show(Screen.VOTE_STAFF);
        voteStaff.opened();
    }

    /** "직원 화면으로" on staff's voting screen. */
    public void closeVoteStaff() {
        voteStaff.closed();
        show(Screen.STAFF);
        staff.refresh();
    }

    /** Staff's "투표 용지 1장 열기": the resident takes over at the ballot; staff mode ends. */
    public void unlockBallot(String pollId) {
        Optional<String> staffId = voteStaff.staffId();
        voteStaff.signedOut();
        staff.closed();
        show(Screen.VOTE);
        vote.unlock(staffId, pollId);
    }

    /** The camera's state (off unless the launcher started a camera). */
    public CameraViewModel camera() {
        return camera;
    }

    /** The title of {@code event} in the current language. */
    public String title(Event event) {
        return language.get() == Language.KO ? event.titleKo() : event.titleEn();
    }

    /** The event's first day in Korea's calendar. */
    public static LocalDate day(Event event) {
        return event.start().atZone(OutcomeMessages.SEOUL).toLocalDate();
    }

    /** Switches Korean ↔ English. */
    public void toggleLanguage() {
        language.set(language.get() == Language.KO ? Language.EN : Language.KO);
    }

    public void toggleLargeText() {
        largeText.set(!largeText.get());
    }

    public void toggleHighContrast() {
        highContrast.set(!highContrast.get());
    }

    /** The check-in button on the welcome screen. */
    public void startCheckin() {
        show(Screen.CHECKIN);
    }

    /** The welcome screen's "설문 참여" button: the open surveys. */
    public void startSurvey() {
        show(Screen.SURVEY);
        survey.opened();
    }

    /** The staff button: the PIN pad. */
    public void openPinPad() {
        show(Screen.STAFF_PIN);
        pinPad.opened();
    }

    /** Back to the welcome screen by choice ("처음으로", staff exit, PIN cancel). */
    public void home() {
        reset();
    }

    /** Any touch anywhere: the person is still there. */
    public void touched() {
        idle.activity();
    }

    /** The countdown's "continue" button. */
    public void continueSession() {
        idle.activity();
    }

    /** Staff picks the event residents check in to. */
    public void chooseEvent(String eventId) {
        staff.events().get().stream().filter(e -> e.id().equals(eventId)).findFirst().ifPresent(e -> {
            activeEvent.set(Optional.of(e));
            background.run(() -> {
                services.activeEvent().remember(e.id());
                return e.id();
            }, id -> { }, failure -> { });
        });
        idle.activity();
    }

    /**
     * A scanned code, from whichever scanner read it. On the check-in screen it is a check-in; on
     * the welcome screen a member code starts a check-in at once; a staff card opens staff mode
     * from the welcome, check-in and PIN screens.
     */
    public void scanned(String payload, ScanSource source) {
        idle.activity();
        switch (screen.get()) {
            case ATTRACT, STAFF_PIN -> {
                if (!openIfStaff(payload) && screen.get() == Screen.ATTRACT) {
                    show(Screen.CHECKIN);
                    checkin.scan(payload, source, activeEvent.get());
                }
            }
            case CHECKIN -> {
                if (!openIfStaff(payload)) {
                    checkin.scan(payload, source, activeEvent.get());
                }
            }
            case STAFF, VOTE_STAFF -> {
                // Staff are already in; a stray scan changes nothing.
            }
            case SURVEY -> {
                if (!openIfStaff(payload)) {
                    survey.scanned(payload);
                }
            }
            case VOTE -> {
                if (!openIfStaff(payload)) {
                    vote.scanned(payload);
                }
            }
        }
    }

    // Verifying a token is signature arithmetic on a few hundred bytes (well under a millisecond), so
    // it runs on the UI thread; the durable append of a check-in does not.
    private boolean openIfStaff(String payload) {
        if (services.tokens().verify(payload, TokenType.STAFF) instanceof TokenCheck.Accepted accepted
                && accepted.token() instanceof StaffToken card) {
            voteStaff.signedIn(Optional.of(card.staffId()));
            openStaff(Optional.of(card.name()));
            return true;
        }
        return false;
    }

    private void openStaff(Optional<String> name) {
        pinPad.closed();
        survey.clear();
        checkin.ready();
        vote.reset();
        if (name.isEmpty()) {
            voteStaff.signedIn(Optional.empty());
        }
        show(Screen.STAFF);
        staff.opened(name);
    }

    /** Back to the welcome screen with nothing of the previous person left; records nothing. */
    public void reset() {
        checkin.ready();
        pinPad.closed();
        staff.closed();
        survey.clear();
        survey.refresh();
        vote.reset();
        voteStaff.signedOut();
        language.set(Language.KO);
        largeText.set(false);
        highContrast.set(false);
        show(Screen.ATTRACT);
    }

    private void show(Screen next) {
        screen.set(next);
        idle.watch(timeouts.policyFor(next));
    }
}
