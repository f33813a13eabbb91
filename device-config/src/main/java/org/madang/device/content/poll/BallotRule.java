package org.madang.device.content.poll;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How many items a ballot holds and which combinations are valid. A ballot is the list of chosen
 * item ids (for a ranked ballot, in rank order, first choice first); the empty list is a blank
 * ballot, valid only when the poll allows one.
 *
 * <p>The kiosk checks a selection with {@link #check} before it offers "confirm", and the central
 * checks every ballot it tallies with the same method, so both count the same ballots.
 */
public sealed interface BallotRule {

    /** The rule's name in the content bundle. */
    String contentName();

    /**
     * Why {@code choices} is not a valid ballot for {@code poll}, or empty when it is. A blank
     * ballot is checked against {@link Poll#allowBlank()}.
     */
    default Optional<BallotProblem> check(Poll poll, List<String> choices) {
        if (choices.isEmpty()) {
            return poll.allowBlank() ? Optional.empty() : Optional.of(BallotProblem.BLANK_NOT_ALLOWED);
        }
        Set<String> seen = new HashSet<>();
        for (String choice : choices) {
            if (poll.item(choice).isEmpty()) {
                return Optional.of(BallotProblem.UNKNOWN_ITEM);
            }
            if (!seen.add(choice)) {
                return Optional.of(BallotProblem.DUPLICATE_ITEM);
            }
        }
        return checkChosen(poll, choices);
    }

    /** The rule's own limits, for a non-empty list of distinct, known items. */
    Optional<BallotProblem> checkChosen(Poll poll, List<String> choices);

    /** Exactly one item. */
    record Single() implements BallotRule {
        @Override
        public String contentName() {
            return "single";
        }

        @Override
        public Optional<BallotProblem> checkChosen(Poll poll, List<String> choices) {
            return choices.size() == 1 ? Optional.empty() : Optional.of(BallotProblem.TOO_MANY);
        }
    }

    /**
     * Approval voting: at least {@code min} and at most {@code max} items.
     *
     * @param min the fewest items a (non-blank) ballot holds, at least 1
     * @param max the most items a ballot holds, at least {@code min}, at most the number of items
     */
    record Approval(int min, int max) implements BallotRule {
        public Approval {
            if (min < 1 || max < min) {
                throw new IllegalArgumentException("approval needs 1 <= min <= max, got min " + min + ", max " + max);
            }
        }

        @Override
        public String contentName() {
            return "approval";
        }

        @Override
        public Optional<BallotProblem> checkChosen(Poll poll, List<String> choices) {
            if (choices.size() < min) {
                return Optional.of(BallotProblem.TOO_FEW);
            }
            return choices.size() > max ? Optional.of(BallotProblem.TOO_MANY) : Optional.empty();
        }
    }

    /**
     * Participatory budgeting ("knapsack"): any items whose costs add up to at most the budget.
     *
     * @param budget the money to share out, in won, positive
     */
    record Budget(long budget) implements BallotRule {
        public Budget {
            if (budget <= 0) {
                throw new IllegalArgumentException("a budget must be positive, got " + budget);
            }
        }

        @Override
        public String contentName() {
            return "budget";
        }

        @Override
        public Optional<BallotProblem> checkChosen(Poll poll, List<String> choices) {
            return total(poll, choices) > budget ? Optional.of(BallotProblem.OVER_BUDGET) : Optional.empty();
        }

        /** The cost of the chosen items (unknown ids count nothing). */
        public static long total(Poll poll, List<String> choices) {
            long total = 0;
            for (String choice : choices) {
                total = Math.addExact(total, poll.item(choice).map(PollItem::cost).orElse(0L));
            }
            return total;
        }
    }

    /**
     * Ranked: the voter orders up to {@code k} items, first choice first. Ranking fewer than
     * {@code k} is allowed (a voter need not rank items they do not support).
     *
     * @param k how many places there are, at least 1, at most the number of items
     */
    record Ranked(int k) implements BallotRule {
        public Ranked {
            if (k < 1) {
                throw new IllegalArgumentException("a ranked ballot needs k >= 1, got " + k);
            }
        }

        @Override
        public String contentName() {
            return "ranked";
        }

        @Override
        public Optional<BallotProblem> checkChosen(Poll poll, List<String> choices) {
            return choices.size() > k ? Optional.of(BallotProblem.TOO_MANY) : Optional.empty();
        }
    }
}
