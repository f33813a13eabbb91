package org.madang.central.poll;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.madang.device.content.poll.BallotProblem;
import org.madang.device.content.poll.BallotRule;
import org.madang.device.content.poll.Poll;
import org.madang.device.content.poll.PollItem;

/**
 * Counts a poll's ballots under its published rule. Every ballot is checked with {@link
 * BallotRule#check} (the kiosk's own check), so an invalid one is counted apart with its reason,
 * never in the results.
 *
 * <ul>
 *   <li>single, approval: votes per item;</li>
 *   <li>budget: votes per item, and the funded projects: most votes first (ties in the poll's
 *       item order), each funded when its cost fits what is left of the budget, else skipped (an item
 *       nobody chose is never funded);</li>
 *   <li>ranked (k places): per item how many put it 1st, 2nd, … kth, and its Borda score (a
 *       ballot gives k points to its 1st choice, k−1 to its 2nd, … 1 to its kth); {@code counts}
 *       holds first choices.</li>
 * </ul>
 */
public final class Tally {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Tally() {
    }

    /** The results of {@code ballots} (every stored ballot of the poll, opened). */
    public static ObjectNode count(Poll poll, List<BallotContent> ballots) {
        Map<String, Long> votes = new LinkedHashMap<>();
        poll.items().forEach(item -> votes.put(item.id(), 0L));
        Map<String, Long> invalid = new TreeMap<>();
        Map<String, long[]> places = new LinkedHashMap<>();
        int k = poll.rule() instanceof BallotRule.Ranked ranked ? ranked.k() : 0;
        poll.items().forEach(item -> places.put(item.id(), new long[k]));
        long blank = 0;
        long valid = 0;
        for (BallotContent ballot : ballots) {
            switch (ballot) {
                case BallotContent.Unreadable unreadable -> invalid.merge(unreadable.reason(), 1L, Long::sum);
                case BallotContent.Choices choices -> {
                    Optional<BallotProblem> problem = poll.rule().check(poll, choices.items());
                    if (problem.isPresent()) {
                        invalid.merge(problem.get().name(), 1L, Long::sum);
                        continue;
                    }
                    valid++;
                    if (choices.items().isEmpty()) {
                        blank++;
                    } else if (k > 0) {
                        votes.merge(choices.items().getFirst(), 1L, Long::sum);
                        for (int place = 0; place < choices.items().size(); place++) {
                            places.get(choices.items().get(place))[place]++;
                        }
                    } else {
                        choices.items().forEach(item -> votes.merge(item, 1L, Long::sum));
                    }
                }
            }
        }
        ObjectNode results = JSON.objectNode();
        results.put("rule", poll.rule().contentName());
        results.put("ballots", ballots.size());
        results.put("valid", valid);
        results.put("blank", blank);
        ObjectNode invalidNode = results.putObject("invalid");
        invalidNode.put("count", invalid.values().stream().mapToLong(Long::longValue).sum());
        ObjectNode reasons = invalidNode.putObject("reasons");
        invalid.forEach(reasons::put);
        ObjectNode counts = results.putObject("counts");
        votes.forEach(counts::put);
        switch (poll.rule()) {
            case BallotRule.Budget budget -> results.set("budget", funded(poll, budget.budget(), votes));
            case BallotRule.Ranked ranked -> {
                ObjectNode rankedNode = results.putObject("ranked");
                rankedNode.put("k", ranked.k());
                ObjectNode placesNode = rankedNode.putObject("places");
                ObjectNode borda = rankedNode.putObject("borda");
                places.forEach((item, byPlace) -> {
                    ArrayNode row = placesNode.putArray(item);
                    long score = 0;
                    for (int place = 0; place < byPlace.length; place++) {
                        row.add(byPlace[place]);
                        score += byPlace[place] * (ranked.k() - place);
                    }
                    borda.put(item, score);
                });
            }
            default -> {
                // single and approval: the counts say it all.
            }
        }
        return results;
    }

    /** The usual greedy rule of participatory budgeting. */
    private static ObjectNode funded(Poll poll, long budget, Map<String, Long> votes) {
        List<PollItem> order = new ArrayList<>(poll.items());
        // List.sort is stable: equal votes keep the poll's item order.
        order.sort(Comparator.comparingLong((PollItem item) -> votes.get(item.id())).reversed());
        ObjectNode node = JSON.objectNode();
        node.put("budget", budget);
        ArrayNode funded = node.putArray("funded");
        ArrayNode skipped = node.putArray("skipped");
        long left = budget;
        for (PollItem item : order) {
            ObjectNode row = JSON.objectNode();
            row.put("item", item.id());
            row.put("cost", item.cost());
            row.put("votes", votes.get(item.id()));
            if (votes.get(item.id()) > 0 && item.cost() <= left) {
                left -= item.cost();
                funded.add(row);
            } else {
                skipped.add(row);
            }
        }
        node.put("fundedTotal", budget - left);
        node.put("remaining", left);
        return node;
    }
}
