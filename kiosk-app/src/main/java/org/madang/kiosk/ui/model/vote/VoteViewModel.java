package org.madang.kiosk.ui.model.vote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.madang.device.profile.Language;
import org.madang.device.content.poll.BallotRule;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.PollItem;
import org.madang.kiosk.ui.model.Background;
import org.madang.kiosk.ui.model.Message;
import org.madang.kiosk.ui.model.State;
import org.madang.kiosk.ui.model.UiScheduler;
import org.madang.kiosk.ui.text.Texts;
import org.madang.kiosk.vote.BallotDraft;
import org.madang.kiosk.vote.CastOutcome;
import org.madang.kiosk.vote.HashedVoucherCodes;
import org.madang.kiosk.vote.Identification;
import org.madang.kiosk.vote.PollStatus;
import org.madang.kiosk.vote.VoteDesk;
import org.madang.kiosk.vote.VoteRefusal;
import org.madang.kiosk.vote.VoterIdentity;
import org.madang.kiosk.vote.Voting;

/**
 * A resident's voting flow: identify (scan, typed code, or a staff unlock) → poll list (skipped for
 * one poll) → ballot → review → durable deposit off the UI thread → "recorded" → welcome screen.
 * Abandoning or the idle reset ({@link #reset}) records nothing and forgets the ballot. Called on
 * the UI thread only; each touch handler calls one method.
 */
public final class VoteViewModel {

    /** How often the kiosk looks for polls to close or newly open (the welcome screen's button). */
    public static final Duration SCHEDULE_CHECK = Duration.ofSeconds(30);

    private final Voting voting;
    private final Background background;
    private final UiScheduler scheduler;
    private final Texts texts;
    private final Duration recordedShown;
    private final Runnable home;
    private final State<VoteStep> step = new State<>(VoteStep.IDENTIFY);
    private final State<String> code = new State<>("");
    private final State<Optional<Message>> notice = new State<>(Optional.empty());
    private final State<List<Poll>> polls = new State<>(List.of());
    private final State<Optional<BallotDraft>> draft = new State<>(Optional.empty());
    private final State<Optional<Message>> refusal = new State<>(Optional.empty());
    private final State<Boolean> available = new State<>(false);
    private Optional<VoterIdentity> who = Optional.empty();
    private UiScheduler.Cancellable leave = () -> { };
    // Counts sessions so that a late answer for an abandoned ballot (reset meanwhile) is dropped.
    private long generation;

    /**
     * @param home back to the welcome screen (the kiosk's reset)
     * @param recordedShown how long "recorded" stays before the welcome screen
     */
    public VoteViewModel(Voting voting, Background background, UiScheduler scheduler, Texts texts,
            Duration recordedShown, Runnable home) {
        this.voting = Objects.requireNonNull(voting, "voting");
        this.background = Objects.requireNonNull(background, "background");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.recordedShown = Objects.requireNonNull(recordedShown, "recordedShown");
        this.home = Objects.requireNonNull(home, "home");
    }

    public State<VoteStep> step() {
        return step;
    }

    /** The typed voucher code so far, normalised (no dash). */
    public State<String> code() {
        return code;
    }

    /** A sentence under the code pad or the ballot (mistyped code, limit reached, not enough yet). */
    public State<Optional<Message>> notice() {
        return notice;
    }

    /** The polls this person may vote in now. */
    public State<List<Poll>> polls() {
        return polls;
    }

    /** The ballot being filled in. */
    public State<Optional<BallotDraft>> draft() {
        return draft;
    }

    /** Why this person cannot vote (on the refused step). */
    public State<Optional<Message>> refusal() {
        return refusal;
    }

    /** Whether a poll is open now: the welcome screen's "투표하기" shows only then. */
    public State<Boolean> available() {
        return available;
    }

    /** Whether ballot screens offer "다시 듣기" (the profile's audio flag). */
    public boolean readAloud() {
        return voting.readAloud();
    }

    /** Whether this terminal votes at all. */
    public boolean enabled() {
        return voting.desk().isPresent();
    }

    /** Starts the periodic look at the polls: closes those past their time, shows or hides "투표하기". */
    public void startSchedule() {
        if (voting.desk().isEmpty()) {
            return;
        }
        checkSchedule();
    }

    private void checkSchedule() {
        VoteDesk desk = voting.desk().orElseThrow();
        background.run(() -> {
            desk.closeDue();
            return anyOpen(desk);
        }, available::set, failure -> { });
        scheduler.schedule(SCHEDULE_CHECK, this::checkSchedule);
    }

    /** Looks again at once (after staff closed a poll). */
    public void refreshAvailability() {
        voting.desk().ifPresent(desk -> background.run(() -> anyOpen(desk), available::set, failure -> { }));
    }

    private static boolean anyOpen(VoteDesk desk) {
        return desk.polls().stream().anyMatch(p -> p.phase() == PollStatus.Phase.OPEN);
    }

    /** The welcome screen's "투표하기": a fresh session at the identify step. */
    public void begin() {
        reset();
    }

    /** A scanned member or voucher QR code (on the identify, code or refused step). */
    public void scanned(String payload) {
        VoteStep now = step.get();
        if (now != VoteStep.IDENTIFY && now != VoteStep.CODE && now != VoteStep.REFUSED) {
            return;
        }
        identify(() -> desk().identify(payload));
    }

    /** "코드 입력": the on-screen pad for the voucher's short code. */
    public void openCodePad() {
        code.set("");
        notice.set(Optional.empty());
        step.set(VoteStep.CODE);
    }

    /** A key of the code pad; only the code alphabet, at most 10 characters. */
    public void typed(char key) {
        if (code.get().length() < HashedVoucherCodes.LENGTH && HashedVoucherCodes.ALPHABET.indexOf(key) >= 0) {
            code.set(code.get() + key);
            notice.set(Optional.empty());
        }
    }

    /** The code pad's "지우기" (one character). */
    public void backspace() {
        if (!code.get().isEmpty()) {
            code.set(code.get().substring(0, code.get().length() - 1));
        }
    }

    /** The code pad's "확인". */
    public void submitCode() {
        if (code.get().length() != HashedVoucherCodes.LENGTH) {
            notice.set(Optional.of(Message.of("vote.code.incomplete", HashedVoucherCodes.LENGTH)));
            return;
        }
        String typed = code.get();
        identify(() -> desk().identifyByCode(typed));
    }

    /** The code pad's "뒤로": back to scanning. */
    public void closeCodePad() {
        code.set("");
        notice.set(Optional.empty());
        step.set(VoteStep.IDENTIFY);
    }

    /** Staff unlocked one ballot of {@code pollId} for a resident (card id, or empty for the PIN). */
    public void unlock(Optional<String> staffId, String pollId) {
        reset();
        identify(() -> desk().unlock(staffId, pollId));
    }

    private void identify(Supplier<Identification> work) {
        long mine = ++generation;
        notice.set(Optional.empty());
        step.set(VoteStep.CHECKING);
        background.run(work, outcome -> {
            if (mine == generation) {
                identified(outcome);
            }
        }, failure -> {
            if (mine == generation) {
                refuse(Message.of("vote.refused.not-recorded"));
            }
        });
    }

    private void identified(Identification outcome) {
        code.set("");
        switch (outcome) {
            case Identification.Identified ok -> {
                who = Optional.of(ok.who());
                polls.set(ok.polls());
                if (ok.polls().size() == 1) {
                    choosePoll(ok.polls().getFirst().id());
                } else {
                    step.set(VoteStep.POLLS);
                    say(Message.of("vote.polls.speech", ok.polls().size()));
                }
            }
            case Identification.Refused refused -> refuse(VoteMessages.refusal(refused));
        }
    }

    private void refuse(Message why) {
        who = Optional.empty();
        draft.set(Optional.empty());
        refusal.set(Optional.of(why));
        step.set(VoteStep.REFUSED);
    }

    /** A poll on the poll list. */
    public void choosePoll(String pollId) {
        polls.get().stream().filter(p -> p.id().equals(pollId)).findFirst().ifPresent(poll -> {
            draft.set(Optional.of(BallotDraft.empty(poll)));
            notice.set(Optional.empty());
            step.set(VoteStep.BALLOT);
            replay();
        });
    }

    /** A tap on an item's row. */
    public void toggle(String itemId) {
        draft.get().ifPresent(d -> update(d.toggle(itemId)));
    }

    /** Ranked: "위로". */
    public void moveUp(String itemId) {
        draft.get().ifPresent(d -> update(d.moveUp(itemId)));
    }

    /** Ranked: "아래로". */
    public void moveDown(String itemId) {
        draft.get().ifPresent(d -> update(d.moveDown(itemId)));
    }

    private void update(BallotDraft next) {
        draft.set(Optional.of(next));
        notice.set(next.notice().map(VoteMessages::problem));
    }

    /** "다음": the review screen, when the ballot is complete (else says what is missing). */
    public void review() {
        draft.get().ifPresent(d -> {
            if (d.problem().isPresent()) {
                notice.set(d.problem().map(VoteMessages::problem));
                return;
            }
            notice.set(Optional.empty());
            step.set(VoteStep.REVIEW);
            replay();
        });
    }

    /** "고치기": back to the ballot, choices kept. */
    public void change() {
        if (step.get() == VoteStep.REVIEW) {
            step.set(VoteStep.BALLOT);
        }
    }

    /** "투표하기" on the review screen: deposits the ballot off the UI thread. */
    public void confirm() {
        if (step.get() != VoteStep.REVIEW || who.isEmpty() || draft.get().isEmpty()) {
            return;
        }
        VoterIdentity voter = who.get();
        BallotDraft ballot = draft.get().get();
        long mine = ++generation;
        step.set(VoteStep.RECORDING);
        background.run(() -> desk().cast(voter, ballot.poll().id(), ballot.chosen()), outcome -> {
            if (mine == generation) {
                cast(outcome);
            }
        }, failure -> {
            if (mine == generation) {
                refuse(VoteMessages.refusal(VoteRefusal.NOT_RECORDED));
            }
        });
    }

    private void cast(CastOutcome outcome) {
        switch (outcome) {
            case CastOutcome.Recorded recorded -> {
                // Nothing of the ballot stays in memory once it is recorded.
                who = Optional.empty();
                draft.set(Optional.empty());
                polls.set(List.of());
                step.set(VoteStep.RECORDED);
                say(Message.of("vote.recorded.title"));
                leave = scheduler.schedule(recordedShown, home);
            }
            case CastOutcome.Refused refused -> refuse(VoteMessages.refusal(refused.reason()));
        }
    }

    /** "다시 듣기": reads the current ballot screen aloud again (Korean). */
    public void replay() {
        if (!voting.readAloud()) {
            return;
        }
        draft.get().ifPresent(d -> voting.speaker().say(step.get() == VoteStep.REVIEW ? reviewSpeech(d) : ballotSpeech(d)));
    }

    private void say(Message message) {
        if (voting.readAloud()) {
            voting.speaker().say(texts.get(Language.KO, message));
        }
    }

    /** The ballot read aloud: title, the rule, then each item with its number (and cost). Nothing personal. */
    String ballotSpeech(BallotDraft d) {
        Poll poll = d.poll();
        List<String> parts = new ArrayList<>();
        parts.add(poll.title().ko());
        parts.add(texts.get(Language.KO, ruleHint(poll)));
        int n = 1;
        for (PollItem item : poll.items()) {
            String line = texts.get(Language.KO, "vote.speech.item", n++, item.title().ko());
            if (poll.rule() instanceof BallotRule.Budget) {
                line += " " + texts.get(Language.KO, "vote.won", item.cost());
            }
            parts.add(line);
        }
        return sentences(parts);
    }

    private static String sentences(List<String> parts) {
        List<String> trimmed = new ArrayList<>();
        for (String part : parts) {
            trimmed.add(part.endsWith(".") ? part.substring(0, part.length() - 1) : part);
        }
        return String.join(". ", trimmed) + ".";
    }

    String reviewSpeech(BallotDraft d) {
        List<String> parts = new ArrayList<>();
        parts.add(texts.get(Language.KO, "vote.review.title"));
        if (d.blank()) {
            parts.add(texts.get(Language.KO, "vote.review.blank"));
        }
        for (String id : d.chosen()) {
            d.poll().item(id).ifPresent(item -> parts.add(item.title().ko()));
        }
        parts.add(texts.get(Language.KO, "vote.review.speech"));
        return sentences(parts);
    }

    /** The sentence that says how to fill in this poll's ballot. */
    public static Message ruleHint(Poll poll) {
        return switch (poll.rule()) {
            case BallotRule.Single s -> Message.of("vote.rule.single");
            case BallotRule.Approval a -> a.min() == a.max() ? Message.of("vote.rule.approval.exact", a.max())
                    : Message.of("vote.rule.approval", a.min(), a.max());
            case BallotRule.Budget b -> Message.of("vote.rule.budget", b.budget());
            case BallotRule.Ranked r -> Message.of("vote.rule.ranked", r.k());
        };
    }

    /** Forgets everything of the session (abandon, idle reset): nothing is recorded. */
    public void reset() {
        generation++;
        leave.cancel();
        who = Optional.empty();
        code.set("");
        notice.set(Optional.empty());
        polls.set(List.of());
        draft.set(Optional.empty());
        refusal.set(Optional.empty());
        step.set(VoteStep.IDENTIFY);
    }

    private VoteDesk desk() {
        return voting.desk().orElseThrow(() -> new IllegalStateException("no voting on this terminal"));
    }
}
