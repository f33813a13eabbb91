package org.madang.central.poll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.madang.central.derived.Derived;
import org.madang.device.content.poll.BallotRule;
import org.madang.device.content.poll.Poll;
import org.madang.sync.api.closing.BoxHash;
import org.madang.sync.api.wire.WireJson;

/**
 * Compares a terminal's closing sheet ({@code vote.close}) with what the central stored from that
 * terminal: turnout and methods against its poll-book entries, {@code boxHash} recomputed from
 * its stored ballot records ({@link BoxHash}), and, for a plain poll, the counts and blank
 * ballots against its stored ballots (ranked: first choices). A sheet that matches has no
 * differences; a terminal whose ballots are not all synced yet shows them as differences too.
 */
public final class ClosingCheck {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ClosingCheck() {
    }

    /** What was synced from one terminal for one poll. */
    public record Synced(Map<String, Long> entriesByMethod, List<String> ballotHashes, List<String> plainChoicesJson) {
        public Synced {
            entriesByMethod = Map.copyOf(entriesByMethod);
            ballotHashes = List.copyOf(ballotHashes);
            plainChoicesJson = List.copyOf(plainChoicesJson);
        }
    }

    /**
     * The comparison as {@code {"match", "differences": [{"field","sheet","synced"}]}}.
     *
     * @param poll the published poll, if known (ranked polls count first choices)
     */
    public static ObjectNode compare(Derived.PollClose sheet, Synced synced, Optional<Poll> poll) {
        ObjectNode answer = JSON.objectNode();
        ArrayNode differences = JSON.arrayNode();
        long entries = synced.entriesByMethod().values().stream().mapToLong(Long::longValue).sum();
        differ(differences, "turnout", sheet.turnout(), entries);
        for (String method : new TreeSet<>(List.of("member", "voucher", "staff"))) {
            differ(differences, "methods." + method, sheet.methods().getOrDefault(method, 0L),
                    synced.entriesByMethod().getOrDefault(method, 0L));
        }
        differ(differences, "ballots", sheet.turnout(), (long) synced.ballotHashes().size());
        String boxHash = BoxHash.of(synced.ballotHashes());
        if (!boxHash.equals(sheet.boxHash())) {
            differences.add(difference("boxHash", JSON.textNode(sheet.boxHash()), JSON.textNode(boxHash)));
        }
        poll.ifPresent(p -> {
            if (p.sealed() != sheet.sealed()) {
                differences.add(difference("sealed", JSON.booleanNode(sheet.sealed()), JSON.booleanNode(p.sealed())));
            }
        });
        if (sheet.counts().isPresent()) {
            boolean ranked = poll.map(p -> p.rule() instanceof BallotRule.Ranked).orElse(false);
            Map<String, Long> counts = new TreeMap<>();
            long blank = 0;
            for (String json : synced.plainChoicesJson()) {
                JsonNode choices;
                try {
                    choices = WireJson.MAPPER.readTree(json);
                } catch (IOException e) {
                    continue;
                }
                if (choices.isEmpty()) {
                    blank++;
                } else if (ranked) {
                    counts.merge(choices.get(0).asText(), 1L, Long::sum);
                } else {
                    choices.forEach(item -> counts.merge(item.asText(), 1L, Long::sum));
                }
            }
            TreeSet<String> items = new TreeSet<>(counts.keySet());
            items.addAll(sheet.counts().get().keySet());
            for (String item : items) {
                differ(differences, "counts." + item, sheet.counts().get().getOrDefault(item, 0L),
                        counts.getOrDefault(item, 0L));
            }
            differ(differences, "blank", sheet.blank().orElse(0L), blank);
        }
        answer.put("match", differences.isEmpty());
        answer.set("differences", differences);
        return answer;
    }

    private static void differ(ArrayNode differences, String field, long sheet, long synced) {
        if (sheet != synced) {
            differences.add(difference(field, JSON.numberNode(sheet), JSON.numberNode(synced)));
        }
    }

    private static ObjectNode difference(String field, JsonNode sheet, JsonNode synced) {
        ObjectNode difference = JSON.objectNode();
        difference.put("field", field);
        difference.set("sheet", sheet);
        difference.set("synced", synced);
        return difference;
    }

    /** What the central stored from one terminal for one poll. */
    public static ClosingCheck.Synced synced(Connection c, String pollId, String deviceId) throws SQLException {
        Map<String, Long> methods = new TreeMap<>();
        try (PreparedStatement statement = c.prepareStatement(
                "SELECT method, COUNT(*) FROM pollbook WHERE poll_id = ? AND device_id = ? GROUP BY method")) {
            statement.setString(1, pollId);
            statement.setString(2, deviceId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    methods.put(row.getString(1), row.getLong(2));
                }
            }
        }
        List<String> hashes = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(
                "SELECT hash, choices FROM ballots WHERE poll_id = ? AND device_id = ?")) {
            statement.setString(1, pollId);
            statement.setString(2, deviceId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    hashes.add(row.getString(1));
                    if (row.getString(2) != null) {
                        plain.add(row.getString(2));
                    }
                }
            }
        }
        return new ClosingCheck.Synced(methods, hashes, plain);
    }
}
