package org.madang.central.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.madang.central.content.PublishedContent;
import org.madang.central.derived.Derived;
import org.madang.central.derived.RecordBodies;
import org.madang.central.poll.BallotContent;
import org.madang.central.poll.BallotOpener;
import org.madang.central.poll.ClosingCheck;
import org.madang.central.poll.PollKeys;
import org.madang.central.poll.Tally;
import org.madang.device.content.poll.Poll;

/**
 * A poll's report: turnout per identification method, double votes across terminals, each
 * terminal's closing sheet against what it synced, and — only once the poll has closed — the
 * results, sealed ballots opened with the poll's private key.
 */
public final class PollReports {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Clock clock;
    private final PublishedContent content;
    private final PollKeys keys;

    public PollReports(Clock clock, PublishedContent content, PollKeys keys) {
        this.clock = clock;
        this.content = content;
        this.keys = keys;
    }

    /** The report of {@code pollId}, read in the caller's transaction. */
    public ObjectNode poll(Connection c, String pollId) throws SQLException {
        ObjectNode answer = JSON.objectNode();
        answer.put("pollId", pollId);
        Optional<Poll> poll = content.poll(c, pollId);
        poll.ifPresent(p -> {
            ObjectNode title = answer.putObject("title");
            title.put("ko", p.title().ko());
            title.put("en", p.title().en());
            answer.put("rule", p.rule().contentName());
            answer.put("sealed", p.sealed());
            answer.put("opens", p.opens().toString());
            answer.put("closes", p.closes().toString());
        });
        Map<String, Long> methods = new TreeMap<>(Map.of("member", 0L, "voucher", 0L, "staff", 0L));
        try (PreparedStatement statement = c.prepareStatement(
                "SELECT method, COUNT(*) FROM pollbook WHERE poll_id = ? GROUP BY method")) {
            statement.setString(1, pollId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    methods.put(row.getString(1), row.getLong(2));
                }
            }
        }
        // Each poll-book entry handed out one ballot: turnout counts ballots, double votes are listed apart.
        answer.put("turnout", methods.values().stream().mapToLong(Long::longValue).sum());
        ObjectNode methodsNode = answer.putObject("methods");
        methods.forEach(methodsNode::put);
        answer.set("doubleVotes", doubleVotes(c, pollId));
        answer.set("closings", closings(c, pollId, poll));
        if (poll.isEmpty()) {
            answer.putNull("resultsAvailableAt");
            answer.put("note", "no published content defines poll " + pollId);
            return answer;
        }
        Instant closes = poll.get().closes();
        if (clock.instant().isBefore(closes)) {
            // Nobody, not even the admin, sees a running tally: it could sway the vote.
            answer.put("resultsAvailableAt", closes.toString());
            return answer;
        }
        answer.put("closedAt", closes.toString());
        answer.set("results", Tally.count(poll.get(), ballots(c, poll.get())));
        return answer;
    }

    /** Every stored ballot of the poll, opened (sealed ones with the poll's key). */
    private List<BallotContent> ballots(Connection c, Poll poll) throws SQLException {
        Optional<byte[]> key = Optional.empty();
        if (poll.seal().isPresent()) {
            try {
                key = keys.privateKey(poll.seal().get().keyId());
            } catch (IOException e) {
                throw new SQLException("the private key of poll " + poll.id() + " cannot be read: " + e.getMessage(), e);
            }
        }
        BallotOpener opener = new BallotOpener(poll, key);
        List<BallotContent> ballots = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(
                "SELECT choices, sealed FROM ballots WHERE poll_id = ? ORDER BY hash")) {
            statement.setString(1, poll.id());
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ballots.add(opener.open(row.getString(1), row.getString(2)));
                }
            }
        }
        return ballots;
    }

    /**
     * Voters (members and vouchers; staff entries are counted per staff member and never double
     * votes) with more than one poll-book entry: the ballots cannot be removed — they are secret —
     * so the election committee gets how many and on which terminals.
     */
    private static ObjectNode doubleVotes(Connection c, String pollId) throws SQLException {
        ObjectNode node = JSON.objectNode();
        ArrayNode voters = JSON.arrayNode();
        long extra = 0;
        try (PreparedStatement statement = c.prepareStatement("""
                SELECT p.voter, p.method, p.device_id, COUNT(*) FROM pollbook p
                JOIN (SELECT voter FROM pollbook WHERE poll_id = ? AND method <> 'staff'
                      GROUP BY voter HAVING COUNT(*) > 1) d ON d.voter = p.voter
                WHERE p.poll_id = ? GROUP BY p.voter, p.method, p.device_id ORDER BY p.voter, p.device_id""")) {
            statement.setString(1, pollId);
            statement.setString(2, pollId);
            try (ResultSet row = statement.executeQuery()) {
                ObjectNode current = null;
                while (row.next()) {
                    if (current == null || !current.get("voter").asText().equals(row.getString(1))) {
                        current = voters.addObject();
                        current.put("voter", row.getString(1));
                        current.put("method", row.getString(2));
                        current.put("entries", 0L);
                        current.putArray("devices");
                        extra--;
                    }
                    current.put("entries", current.get("entries").asLong() + row.getLong(4));
                    ObjectNode device = ((ArrayNode) current.get("devices")).addObject();
                    device.put("deviceId", row.getString(3));
                    device.put("entries", row.getLong(4));
                    extra += row.getLong(4);
                }
            }
        }
        node.put("voters", voters.size());
        node.put("extraBallots", extra);
        node.set("list", voters);
        return node;
    }

    /** Each terminal's closing sheet compared with what it synced, and terminals with entries but no sheet. */
    private static ArrayNode closings(Connection c, String pollId, Optional<Poll> poll) throws SQLException {
        ArrayNode closings = JSON.arrayNode();
        Map<String, ObjectNode> byDevice = new LinkedHashMap<>();
        try (PreparedStatement statement = c.prepareStatement("""
                SELECT device_id, record_id, body, source FROM poll_closings WHERE poll_id = ? ORDER BY device_id""")) {
            statement.setString(1, pollId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ObjectNode closing = JSON.objectNode();
                    closing.put("deviceId", row.getString(1));
                    closing.put("recordId", row.getString(2));
                    closing.put("source", row.getString(4));
                    closing.put("body", row.getString(3));
                    byDevice.put(row.getString(1), closing);
                }
            }
        }
        for (ObjectNode closing : byDevice.values()) {
            String deviceId = closing.get("deviceId").asText();
            Derived sheet = RecordBodies.pollClose(closing.remove("body").asText());
            if (sheet instanceof Derived.PollClose close) {
                closing.put("closedAt", close.closedAt());
                closing.put("closedBy", close.closedBy());
                closing.setAll(ClosingCheck.compare(close, ClosingCheck.synced(c, pollId, deviceId), poll));
            } else {
                closing.put("match", false);
                closing.put("note", ((Derived.Malformed) sheet).detail());
            }
            closings.add(closing);
        }
        try (PreparedStatement statement = c.prepareStatement(
                "SELECT DISTINCT device_id FROM pollbook WHERE poll_id = ? ORDER BY device_id")) {
            statement.setString(1, pollId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    if (!byDevice.containsKey(row.getString(1))) {
                        ObjectNode missing = closings.addObject();
                        missing.put("deviceId", row.getString(1));
                        missing.putNull("recordId");
                        missing.put("match", false);
                        missing.put("note", "no closing sheet from this terminal yet (synced or scanned)");
                    }
                }
            }
        }
        return closings;
    }
}
