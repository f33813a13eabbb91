package org.madang.kiosk.vote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.madang.device.content.poll.IdentificationMethod;
import org.madang.journal.JournalException;
import org.madang.journal.JournalReader;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.JournalScan;

/**
 * Who has voted in which poll on this terminal, and which polls it has closed: the journal's
 * {@code vote.pollbook} and {@code vote.close} records folded into memory, rebuilt at every start
 * (like the check-in ledger), so it never disagrees with what is durably recorded.
 *
 * <p>Holds no ballot and nothing that orders voters: sets and counts only. Not thread-safe; the
 * desk that owns it serialises access.
 */
public final class PollBook {

    private final Map<String, Set<String>> voters = new HashMap<>();
    private final Map<String, EnumMap<IdentificationMethod, Integer>> methods = new HashMap<>();
    private final Map<String, ClosingSheet> closed = new HashMap<>();

    /** An empty poll book (a new journal). */
    public PollBook() {
    }

    /** Reads every poll-book and closing record of the journal, in batches. */
    public static PollBook rebuild(JournalReader journal) throws JournalException {
        PollBook book = new PollBook();
        JournalScan.forEach(journal, record -> {
            if (record.kind().equals(RecordKind.VOTE_POLLBOOK)) {
                book.addRecord(record);
            } else {
                ClosingSheet.from(record).ifPresent(book::closed);
            }
        });
        return book;
    }

    private void addRecord(JournalRecord record) {
        JsonNode body = record.body().tree();
        String poll = body.path("poll").asText("");
        String voter = body.path("voter").asText("");
        IdentificationMethod method = IdentificationMethod.of(body.path("method").asText(""))
                .orElseThrow(() -> new IllegalStateException("vote.pollbook record " + record.seq()
                        + " has an unknown method '" + body.path("method").asText() + "'"));
        if (poll.isEmpty() || voter.isEmpty()) {
            // Ignoring it could let someone vote twice: fail loudly.
            throw new IllegalStateException("vote.pollbook record " + record.seq() + " has no poll or voter");
        }
        add(poll, method, voter);
    }

    /** Adds a durably recorded poll-book entry. */
    public void add(String pollId, IdentificationMethod method, String voter) {
        voters.computeIfAbsent(pollId, id -> new HashSet<>()).add(voter);
        methods.computeIfAbsent(pollId, id -> new EnumMap<>(IdentificationMethod.class)).merge(method, 1, Integer::sum);
    }

    /** Whether this voter ({@link VoterIdentity#voter()}) is in the poll book of the poll. */
    public boolean hasVoted(String pollId, String voter) {
        return voters.getOrDefault(pollId, Set.of()).contains(voter);
    }

    /** Ballots cast here in the poll (poll-book entries, staff unlocks included). */
    public int turnout(String pollId) {
        return methods.getOrDefault(pollId, new EnumMap<>(IdentificationMethod.class)).values().stream()
                .mapToInt(Integer::intValue).sum();
    }

    /** Entries by method, every method present (0 when unused), in the contract's order. */
    public Map<String, Integer> methods(String pollId) {
        Map<IdentificationMethod, Integer> counts = methods.getOrDefault(pollId, new EnumMap<>(IdentificationMethod.class));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (IdentificationMethod method : IdentificationMethod.values()) {
            out.put(method.contentName(), counts.getOrDefault(method, 0));
        }
        return out;
    }

    /** Records that the poll was closed here. */
    public void closed(ClosingSheet sheet) {
        closed.putIfAbsent(sheet.pollId(), sheet);
    }

    /** The poll's closing sheet, if this terminal closed it. */
    public Optional<ClosingSheet> closing(String pollId) {
        return Optional.ofNullable(closed.get(pollId));
    }
}
