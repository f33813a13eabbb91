package org.madang.kiosk.vote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.madang.device.content.poll.BallotProblem;
import org.madang.device.content.poll.BallotRule;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.PollItem;

/**
 * A ballot being filled in: the chosen item ids (ranked: in rank order) and, when the last tap was
 * refused, why. Immutable: every tap returns a new draft, so a screen can never show half a change.
 *
 * <p>Taps that would break the rule's limits are refused here (the {@code notice} says why), so
 * the only problem {@link #problem()} can report is "not enough yet" (too few, blank not allowed);
 * the final word is {@link BallotRule#check}, the same check the central applies.
 *
 * @param poll the poll
 * @param chosen the chosen item ids, first choice first
 * @param notice why the last tap changed nothing (the limit or the budget), if it did
 */
public record BallotDraft(Poll poll, List<String> chosen, Optional<BallotProblem> notice) {

    public BallotDraft {
        Objects.requireNonNull(poll, "poll");
        chosen = List.copyOf(chosen);
        Objects.requireNonNull(notice, "notice");
    }

    /** Nothing chosen yet. */
    public static BallotDraft empty(Poll poll) {
        return new BallotDraft(poll, List.of(), Optional.empty());
    }

    /**
     * A tap on an item: unchooses it if chosen; otherwise chooses it if the rule allows one more
     * (single choice: it replaces the earlier choice; ranked: it takes the next place).
     */
    public BallotDraft toggle(String itemId) {
        PollItem item = poll.item(itemId).orElseThrow(
                () -> new IllegalArgumentException("poll " + poll.id() + " has no item '" + itemId + "'"));
        List<String> next = new ArrayList<>(chosen);
        if (next.remove(itemId)) {
            return new BallotDraft(poll, next, Optional.empty());
        }
        switch (poll.rule()) {
            case BallotRule.Single single -> next.clear();
            case BallotRule.Approval approval -> {
                if (next.size() >= approval.max()) {
                    return refused(BallotProblem.TOO_MANY);
                }
            }
            case BallotRule.Budget budget -> {
                if (Math.addExact(total(), item.cost()) > budget.budget()) {
                    return refused(BallotProblem.OVER_BUDGET);
                }
            }
            case BallotRule.Ranked ranked -> {
                if (next.size() >= ranked.k()) {
                    return refused(BallotProblem.TOO_MANY);
                }
            }
        }
        next.add(itemId);
        return new BallotDraft(poll, next, Optional.empty());
    }

    private BallotDraft refused(BallotProblem why) {
        return new BallotDraft(poll, chosen, Optional.of(why));
    }

    /** Ranked: moves a chosen item one place up (towards first); the first stays first. */
    public BallotDraft moveUp(String itemId) {
        int at = chosen.indexOf(itemId);
        return at <= 0 ? this : swap(at, at - 1);
    }

    /** Ranked: moves a chosen item one place down; the last stays last. */
    public BallotDraft moveDown(String itemId) {
        int at = chosen.indexOf(itemId);
        return at < 0 || at == chosen.size() - 1 ? this : swap(at, at + 1);
    }

    private BallotDraft swap(int a, int b) {
        List<String> next = new ArrayList<>(chosen);
        next.set(a, chosen.get(b));
        next.set(b, chosen.get(a));
        return new BallotDraft(poll, next, Optional.empty());
    }

    /** Unchooses everything (on the way to a blank ballot, if the poll allows one). */
    public BallotDraft clear() {
        return new BallotDraft(poll, List.of(), Optional.empty());
    }

    /** Whether the item is chosen. */
    public boolean isChosen(String itemId) {
        return chosen.contains(itemId);
    }

    /** The item's place (1 = first choice), when chosen. */
    public OptionalInt rank(String itemId) {
        int at = chosen.indexOf(itemId);
        return at < 0 ? OptionalInt.empty() : OptionalInt.of(at + 1);
    }

    /** Why this is not yet a valid ballot, or empty when it may be confirmed. */
    public Optional<BallotProblem> problem() {
        return poll.rule().check(poll, chosen);
    }

    /** Whether the ballot may be confirmed as it is. */
    public boolean complete() {
        return problem().isEmpty();
    }

    /** Whether nothing is chosen (a blank ballot if confirmed). */
    public boolean blank() {
        return chosen.isEmpty();
    }

    /** Budget ballots: the cost of the chosen items, in won (0 for other rules). */
    public long total() {
        return BallotRule.Budget.total(poll, chosen);
    }

    /** Budget ballots: what is left of the budget (0 for other rules). */
    public long remaining() {
        return poll.rule() instanceof BallotRule.Budget budget ? budget.budget() - total() : 0;
    }
}
