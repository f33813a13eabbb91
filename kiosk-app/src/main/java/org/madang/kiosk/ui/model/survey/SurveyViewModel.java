package org.madang.kiosk.ui.model.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.content.survey.Question;
import org.madang.device.content.survey.Survey;
import org.madang.device.token.MemberToken;
import org.madang.device.token.TokenCheck;
import org.madang.device.token.TokenType;
import org.madang.device.token.TokenVerifier;
import org.madang.kiosk.hardware.BuzzerPattern;
import org.madang.kiosk.keyboard.TextEntry;
import org.madang.kiosk.survey.Answer;
import org.madang.kiosk.survey.AnswerRules;
import org.madang.kiosk.survey.SurveyDesk;
import org.madang.kiosk.survey.SurveyOutcome;
import org.madang.kiosk.survey.SurveyProblem;
import org.madang.kiosk.survey.SurveyRun;
import org.madang.kiosk.ui.model.Background;
import org.madang.kiosk.ui.model.Message;
import org.madang.kiosk.ui.model.State;
import org.madang.kiosk.ui.model.UiScheduler;
import org.madang.kiosk.ui.port.ToneSignal;

/**
 * The survey screen: list → intro → consent → one question per page → summary → (member QR for
 * points) → recorded. Holds the answer being given on the current page (options touched, text
 * typed) until "다음" hands it to the {@link SurveyRun}. Submission runs off the UI thread.
 * Called on the UI thread only; {@link #clear()} forgets everything (abandon, idle reset).
 */
public final class SurveyViewModel {

    /** How long "응답이 기록되었습니다" stays before the welcome screen returns. */
    public static final Duration RECORDED_SHOWN = Duration.ofSeconds(10);

    /** How often the surveys published are read again (a survey opens or closes within this of its time). */
    public static final Duration SCHEDULE_CHECK = Duration.ofSeconds(30);

    private final SurveyDesk desk;
    private final TokenVerifier tokens;
    private final ToneSignal tones;
    private final Clock clock;
    private final Background background;
    private final UiScheduler scheduler;
    private final Runnable home;
    private final State<SurveyPage> page = new State<>(new SurveyPage(SurveyStep.LIST, Optional.empty(), 0));
    private final State<Boolean> available = new State<>(false);
    // Every survey of the content, as last read by refresh(); open: those on the list now.
    private List<Survey> published = List.of();
    private List<Survey> open = List.of();
    private SurveyRun run;
    // The current page's answer being given: options touched, text or number typed, rating or yes/no.
    private List<String> picked = new ArrayList<>();
    // What the on-screen keyboard types into on this page (text, "other", number); null for none.
    private TextEntry entry;
    private Optional<Integer> rating = Optional.empty();
    private Optional<Boolean> yesNo = Optional.empty();
    private int pointsRecorded;
    private UiScheduler.Cancellable leave = () -> { };
    // Counts runs so that a late answer for an abandoned survey (reset meanwhile) is dropped.
    private long generation;
    private long revision;

    /** @param home goes back to the welcome screen (when the recorded page has been read) */
    public SurveyViewModel(SurveyDesk desk, TokenVerifier tokens, ToneSignal tones, Clock clock, Background background,
            UiScheduler scheduler, Runnable home) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.tones = Objects.requireNonNull(tones, "tones");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.background = Objects.requireNonNull(background, "background");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.home = Objects.requireNonNull(home, "home");
    }

    /** The page on screen. */
    public State<SurveyPage> page() {
        return page;
    }

    /** Whether a survey is open now (the welcome screen then offers "설문 참여"). */
    public State<Boolean> available() {
        return available;
    }

    /**
     * Reads the surveys published now and again every {@link #SCHEDULE_CHECK}, so that "설문 참여"
     * appears and goes when a survey opens or closes, not only at the next reset.
     */
    public void startSchedule() {
        refresh();
        scheduler.schedule(SCHEDULE_CHECK, this::startSchedule);
    }

    /** Reads (off the UI thread) the surveys published; the welcome screen offers them while one is open. */
    public void refresh() {
        background.run(desk::surveys, surveys -> {
            published = surveys;
            available.set(!openNow().isEmpty());
        }, failure -> available.set(false));
    }

    // Only the clock is read here: the content was read off the UI thread by refresh().
    private List<Survey> openNow() {
        Instant now = clock.instant();
        return published.stream().filter(s -> s.isOpenAt(now)).toList();
    }

    /** The welcome screen's survey button: the list, or straight to the intro when one survey is open. */
    public void opened() {
        clear();
        open = openNow();
        available.set(!open.isEmpty());
        if (open.size() == 1) {
            choose(open.getFirst().id());
        } else {
            show(SurveyStep.LIST);
        }
    }

    /** The surveys on the list. */
    public List<Survey> surveys() {
        return open;
    }

    /** Picks a survey from the list. */
    public void choose(String surveyId) {
        open.stream().filter(s -> s.id().equals(surveyId)).findFirst().ifPresent(survey -> {
            run = SurveyRun.start(survey);
            generation++;
            show(SurveyStep.INTRO);
        });
    }

    /** The survey being answered. */
    public Optional<Survey> survey() {
        return Optional.ofNullable(run).map(SurveyRun::survey);
    }

    /** The intro's "시작": the consent, or the first question. */
    public void begin() {
        if (run == null) {
            return;
        }
        if (run.consentNeeded()) {
            show(SurveyStep.CONSENT);
        } else {
            enterQuestion();
        }
    }

    /** 동의. */
    public void agree() {
        if (run != null && page.get().step() == SurveyStep.CONSENT) {
            run.consent();
            enterQuestion();
        }
    }

    /** 동의하지 않음: the survey ends politely; nothing is kept. */
    public void decline() {
        if (page.get().step() == SurveyStep.CONSENT) {
            forget();
            show(SurveyStep.DECLINED);
        }
    }

    // ---- the question page

    /** The question on screen. */
    public Optional<Question> question() {
        return run == null ? Optional.empty() : run.current();
    }

    /** "3 / 8". */
    public Optional<SurveyRun.Progress> progress() {
        return Optional.ofNullable(run).map(SurveyRun::progress);
    }

    /** Options touched on this page ({@link SurveyRun#OTHER} for "other"). */
    public List<String> picked() {
        return List.copyOf(picked);
    }

    /** Text (or digits) typed on this page. */
    public String typed() {
        return entry == null ? "" : entry.text().get();
    }

    /** What the on-screen keyboard types into on this page: text questions, "other", numbers. */
    public Optional<TextEntry> entry() {
        return Optional.ofNullable(entry);
    }

    /** The rating touched on this page. */
    public Optional<Integer> rating() {
        return rating;
    }

    /** Yes or no touched on this page. */
    public Optional<Boolean> yesNo() {
        return yesNo;
    }

    /** Whether "건너뛰기" shows (optional questions only). */
    public boolean canSkip() {
        return run != null && page.get().step() == SurveyStep.QUESTION && run.canSkip();
    }

    /** Whether "이전" goes anywhere (not on the first question). */
    public boolean canGoBack() {
        return run != null && run.progress().number() > 1;
    }

    /** Whether the keyboard shows: text and number questions, and "other" once picked. */
    public boolean typing() {
        return entry != null && question().map(q -> !(q instanceof Question.Choice)
                || picked.contains(SurveyRun.OTHER)).orElse(false);
    }

    /**
     * Touches an option: for single choice it replaces the pick; for multiple choice it toggles,
     * refusing one more than the maximum with "n개까지".
     */
    public void pick(String optionId) {
        if (!(question().orElse(null) instanceof Question.Choice choice)) {
            return;
        }
        Optional<Message> problem = Optional.empty();
        if (choice.single()) {
            picked = new ArrayList<>(List.of(optionId));
        } else if (picked.contains(optionId)) {
            picked.remove(optionId);
        } else if (picked.size() >= choice.max()) {
            problem = Optional.of(message(new SurveyProblem(SurveyProblem.Code.TOO_MANY, choice.max(), 0)));
        } else {
            picked.add(optionId);
        }
        if (!picked.contains(SurveyRun.OTHER) && entry != null) {
            entry.clear();
        }
        changed(problem);
    }

    /** Touches a point of the rating scale. */
    public void rate(int value) {
        rating = Optional.of(value);
        changed(Optional.empty());
    }

    /** Touches 예 ({@code true}) or 아니요. */
    public void answerYesNo(boolean yes) {
        yesNo = Optional.of(yes);
        changed(Optional.empty());
    }

    /** "다음": takes the page's answer and goes on, or says what is missing. */
    public void next() {
        if (run == null || page.get().step() != SurveyStep.QUESTION) {
            return;
        }
        String typed = typed();
        boolean notWhole = question().orElse(null) instanceof Question.Number && !typed.isEmpty()
                && AnswerRules.wholeNumber(typed).isEmpty();
        Optional<SurveyProblem> problem = notWhole ? Optional.of(SurveyProblem.of(SurveyProblem.Code.NOT_A_WHOLE_NUMBER))
                : draft().flatMap(run::answer);
        if (problem.isEmpty()) {
            problem = run.next();
        }
        if (problem.isPresent()) {
            changed(problem.map(SurveyViewModel::message));
            return;
        }
        enterQuestion();
    }

    /** "건너뛰기": leaves an optional question unanswered. */
    public void skip() {
        if (run != null && page.get().step() == SurveyStep.QUESTION && run.skip()) {
            enterQuestion();
        }
    }

    /** "이전": the previous question (from the summary, the last one). What this page had is not kept. */
    public void back() {
        if (run == null) {
            return;
        }
        SurveyStep step = page.get().step();
        if (step == SurveyStep.SCAN || step == SurveyStep.ALREADY_CLAIMED || step == SurveyStep.FAILED) {
            show(SurveyStep.SUMMARY);
        } else if ((step == SurveyStep.QUESTION || step == SurveyStep.SUMMARY) && run.back()) {
            enterQuestion();
        }
    }

    // The page's answer as the run takes it; empty when nothing was given (the run keeps the old one).
    private Optional<Answer> draft() {
        Question question = run.current().orElseThrow();
        String typed = typed();
        return switch (question) {
            case Question.Choice choice -> Optional.of(new Answer.Choice(picked, typed));
            case Question.Rating r -> rating.map(Answer.Rating::new);
            case Question.YesNo y -> yesNo.map(Answer.YesNo::new);
            case Question.Text t -> Optional.of(new Answer.Text(typed));
            // Nothing typed clears the answer (blank text counts as none); the pad types only digits and '-'.
            case Question.Number n -> Optional.of(typed.isEmpty() ? new Answer.Text("")
                    : new Answer.Number(AnswerRules.wholeNumber(typed).orElseThrow()));
        };
    }

    // Shows the run's current question (or the summary) with its stored answer loaded into the page.
    private void enterQuestion() {
        picked = new ArrayList<>();
        dropEntry();
        rating = Optional.empty();
        yesNo = Optional.empty();
        Optional<Question> current = run.current();
        if (current.isEmpty()) {
            show(SurveyStep.SUMMARY);
            return;
        }
        entry = switch (current.get()) {
            case Question.Text text -> TextEntry.text(text.maxLength());
            case Question.Choice choice -> choice.other() ? TextEntry.text(AnswerRules.OTHER_MAX_LENGTH) : null;
            case Question.Number number -> TextEntry.number(Math.max(Long.toString(number.min()).length(),
                    Long.toString(number.max()).length()), number.min() < 0);
            default -> null;
        };
        run.answerTo(current.get().id()).ifPresent(answer -> {
            switch (answer) {
                case Answer.Choice choice -> {
                    picked = new ArrayList<>(choice.picked());
                    entry.setText(choice.otherText());
                }
                case Answer.Rating r -> rating = Optional.of(r.value());
                case Answer.YesNo y -> yesNo = Optional.of(y.yes());
                case Answer.Number n -> entry.setText(Long.toString(n.value()));
                case Answer.Text t -> entry.setText(t.text());
            }
        });
        show(SurveyStep.QUESTION);
    }

    // Empties the keyboard's text before letting it go: nothing typed outlives its page.
    private void dropEntry() {
        if (entry != null) {
            entry.clear();
        }
        entry = null;
    }

    // ---- summary and submission

    /** The answers given so far, for the summary: each visible question and its answer (empty when skipped). */
    public List<SummaryLine> summary() {
        if (run == null) {
            return List.of();
        }
        return run.visibleQuestions().stream().map(q -> new SummaryLine(q, run.answerTo(q.id()))).toList();
    }

    /**
     * One line of the summary.
     *
     * @param answer the answer given; empty when skipped
     */
    public record SummaryLine(Question question, Optional<Answer> answer) {
    }

    /** Points the survey offers (0 for none). */
    public int pointsOffered() {
        return survey().map(Survey::points).orElse(0);
    }

    /** Whether the response must carry the member (identified survey): submitting needs the QR. */
    public boolean identified() {
        return survey().map(Survey::identified).orElse(false);
    }

    /** "포인트 받기 (QR 스캔)" (or, for an identified survey, "QR 스캔 후 제출"): waits for the member QR. */
    public void claimPoints() {
        if (page.get().step() == SurveyStep.SUMMARY) {
            show(SurveyStep.SCAN);
        }
    }

    /** "제출" / "포인트 없이 제출". */
    public void submitWithoutPoints() {
        SurveyStep step = page.get().step();
        if ((step == SurveyStep.SUMMARY || step == SurveyStep.ALREADY_CLAIMED) && !identified()) {
            submit(Optional.empty());
        }
    }

    /** A scanned code while the survey screen shows; only the QR page takes it (as the member's code). */
    public void scanned(String payload) {
        if (page.get().step() != SurveyStep.SCAN) {
            return;
        }
        if (tokens.verify(payload, TokenType.MEMBER) instanceof TokenCheck.Accepted accepted
                && accepted.token() instanceof MemberToken member) {
            submit(Optional.of(member));
        } else {
            tones.play(BuzzerPattern.FAILURE);
            changed(Optional.of(Message.of("survey.scan.refused")));
        }
    }

    /** Points credited by the recorded response. */
    public int pointsRecorded() {
        return pointsRecorded;
    }

    private void submit(Optional<MemberToken> claim) {
        SurveyRun submitted = run;
        long mine = generation;
        show(SurveyStep.WORKING);
        background.run(() -> desk.submit(submitted, claim), outcome -> {
            if (mine == generation) {
                done(outcome);
            }
        }, failure -> {
            if (mine == generation) {
                done(new SurveyOutcome.Refused(SurveyOutcome.Reason.NOT_RECORDED));
            }
        });
    }

    private void done(SurveyOutcome outcome) {
        switch (outcome) {
            case SurveyOutcome.Recorded recorded -> {
                pointsRecorded = recorded.points();
                tones.play(BuzzerPattern.SUCCESS);
                forget();
                show(SurveyStep.RECORDED);
                leave = scheduler.schedule(RECORDED_SHOWN, home);
            }
            case SurveyOutcome.AlreadyClaimed already -> {
                tones.play(BuzzerPattern.DUPLICATE);
                show(SurveyStep.ALREADY_CLAIMED);
            }
            case SurveyOutcome.Refused refused -> {
                tones.play(BuzzerPattern.FAILURE);
                changed(SurveyStep.FAILED, Optional.of(Message.of("survey.failed."
                        + refused.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))));
            }
        }
    }

    /** Forgets the run and everything typed or touched (abandon, idle reset): nothing is recorded. */
    public void clear() {
        leave.cancel();
        forget();
        pointsRecorded = 0;
        show(SurveyStep.LIST);
    }

    private void forget() {
        generation++;
        run = null;
        picked = new ArrayList<>();
        dropEntry();
        rating = Optional.empty();
        yesNo = Optional.empty();
    }

    private void show(SurveyStep step) {
        changed(step, Optional.empty());
    }

    private void changed(Optional<Message> problem) {
        changed(page.get().step(), problem);
    }

    private void changed(SurveyStep step, Optional<Message> problem) {
        page.set(new SurveyPage(step, problem, ++revision));
    }

    /** The sentence for a problem, e.g. "3개까지 고를 수 있습니다". */
    static Message message(SurveyProblem problem) {
        String key = "survey.problem." + problem.code().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return Message.of(key, problem.first(), problem.second());
    }
}
