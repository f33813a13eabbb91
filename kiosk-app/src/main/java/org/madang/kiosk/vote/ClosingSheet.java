package org.madang.kiosk.vote;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;
import org.madang.sync.api.closing.ClosingQrText;

/**
 * A poll's closing sheet on this device, as the {@code vote.close} record says it (field names are
 * the contract with the central), plus the QR text staff photograph as a fallback transfer.
 *
 * @param pollId the poll
 * @param closedAt when it was closed
 * @param closedBy who closed it
 * @param turnout poll-book entries (ballots cast here)
 * @param methods poll-book entries by identification method ({@code member}, {@code voucher}, {@code staff})
 * @param sealed whether ballots are encrypted (then {@code counts} is empty and {@code blank} 0: never shown)
 * @param counts ballots per item id in the poll's item order (ranked: first choices); plain polls only
 * @param blank blank ballots; plain polls only
 * @param boxHash SHA-256 hex of the sorted ballot-record hashes, one per line
 * @param seq the journal sequence number of the {@code vote.close} record
 * @param qrText {@code MADANG-CLOSE2:} and the record's upload JSON, deflated, base64url
 */
public record ClosingSheet(String pollId, Instant closedAt, ClosedBy closedBy, int turnout,
        Map<String, Integer> methods, boolean sealed, Map<String, Integer> counts, int blank, String boxHash,
        long seq, String qrText) {

    public ClosingSheet {
        Objects.requireNonNull(pollId, "pollId");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(closedBy, "closedBy");
        methods = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(methods));
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        Objects.requireNonNull(boxHash, "boxHash");
        Objects.requireNonNull(qrText, "qrText");
    }

    /** The {@code vote.close} draft for these figures (before it has a sequence number and QR). */
    static RecordDraft draft(String pollId, Instant closedAt, ClosedBy closedBy, int turnout,
            Map<String, Integer> methods, boolean sealed, Map<String, Integer> counts, int blank, String boxHash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("poll", pollId);
        body.put("closedAt", closedAt.toString());
        body.put("closedBy", closedBy.recordName());
        body.put("turnout", turnout);
        body.put("methods", methods);
        body.put("sealed", sealed);
        if (!sealed) {
            body.put("counts", counts);
            body.put("blank", blank);
        }
        body.put("boxHash", boxHash);
        return RecordDraft.of(RecordKind.VOTE_CLOSE, body);
    }

    /** Reads a {@code vote.close} record back (at start); empty for other kinds. */
    public static Optional<ClosingSheet> from(JournalRecord record) {
        if (!record.kind().equals(RecordKind.VOTE_CLOSE)) {
            return Optional.empty();
        }
        JsonNode body = record.body().tree();
        try {
            Map<String, Integer> methods = new LinkedHashMap<>();
            body.path("methods").properties().forEach(e -> methods.put(e.getKey(), e.getValue().asInt()));
            Map<String, Integer> counts = new LinkedHashMap<>();
            body.path("counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
            return Optional.of(new ClosingSheet(body.get("poll").textValue(),
                    Instant.parse(body.get("closedAt").textValue()), new ClosedBy(body.get("closedBy").textValue()),
                    body.path("turnout").asInt(), methods, body.path("sealed").asBoolean(), counts,
                    body.path("blank").asInt(), body.get("boxHash").textValue(), record.seq(), ClosingQrText.of(record)));
        } catch (RuntimeException e) {
            throw new IllegalStateException("vote.close record " + record.seq() + " cannot be read: " + e, e);
        }
    }
}
