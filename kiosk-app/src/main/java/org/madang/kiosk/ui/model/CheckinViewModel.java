package org.madang.kiosk.ui.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.content.Event;
import org.madang.kiosk.checkin.CheckinDesk;
import org.madang.kiosk.checkin.CheckinOutcome;
import org.madang.kiosk.checkin.CheckinRefusal;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.ui.port.ToneSignal;

/**
 * The check-in screen: hands each scan to the desk off the UI thread, shows the outcome for a few
 * seconds, then is ready for the next person (or at once, on the next scan).
 */
public final class CheckinViewModel {

    private final CheckinDesk desk;
    private final ToneSignal tones;
    private final Background background;
    private final UiScheduler scheduler;
    private final Duration feedbackShown;
    private final State<CheckinFeedback> feedback = new State<>(CheckinFeedback.READY);
    private UiScheduler.Cancellable clearFeedback = () -> { };
    // Counts scans so that a late answer for an abandoned screen (reset meanwhile) is dropped.
    private long generation;

    public CheckinViewModel(CheckinDesk desk, ToneSignal tones, Background background, UiScheduler scheduler,
            Duration feedbackShown) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.tones = Objects.requireNonNull(tones, "tones");
        this.background = Objects.requireNonNull(background, "background");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.feedbackShown = Objects.requireNonNull(feedbackShown, "feedbackShown");
    }

    /** The outcome panel. */
    public State<CheckinFeedback> feedback() {
        return feedback;
    }

    /**
     * Checks in the holder of {@code payload} to {@code event}. A scan while the previous one is
     * still being recorded is ignored: scanners often read the same code twice.
     */
    public void scan(String payload, ScanSource source, Optional<Event> event) {
        if (feedback.get().kind() == FeedbackKind.WORKING) {
            return;
        }
        clearFeedback.cancel();
        if (event.isEmpty()) {
            show(new CheckinOutcome.Rejected(CheckinRefusal.NO_SUCH_EVENT, Optional.empty()));
            return;
        }
        long mine = ++generation;
        feedback.set(CheckinFeedback.WORKING);
        String eventId = event.get().id();
        background.run(() -> desk.checkIn(payload, source, eventId), outcome -> {
            if (mine == generation) {
                show(outcome);
            }
        }, failure -> {
            if (mine == generation) {
                // The desk promises an outcome; if it broke that promise nothing was recorded.
                show(new CheckinOutcome.Rejected(CheckinRefusal.NOT_RECORDED, Optional.empty()));
            }
        });
    }

    private void show(CheckinOutcome outcome) {
        feedback.set(OutcomeMessages.feedback(outcome));
        tones.play(OutcomeMessages.tone(outcome));
        clearFeedback = scheduler.schedule(feedbackShown, this::ready);
    }

    /** Back to waiting for a scan: nothing of the previous person stays on screen. */
    public void ready() {
        generation++;
        clearFeedback.cancel();
        feedback.set(CheckinFeedback.READY);
    }
}
