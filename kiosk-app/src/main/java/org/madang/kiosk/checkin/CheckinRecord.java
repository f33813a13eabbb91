package org.madang.kiosk.checkin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.content.CheckinLimit;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordDraft;
import org.madang.journal.RecordKind;

/**
 * The body of a {@code checkin} journal record, written by the desk and read back to rebuild its
 * ledger. Field names are part of the upload contract with the central.
 *
 * @param eventId the event checked in to
 * @param member the member's pseudonym, never the member id
 * @param points points credited
 * @param limit the event's limit when it was recorded
 * @param day the Asia/Seoul calendar day of the check-in
 * @param input where the scan came from ({@code ScanSource#recordName()})
 * @param tokenKeyId the central key that signed the member's token
 * @param clockTrusted whether the device trusted its clock when it checked the token
 */
public record CheckinRecord(String eventId, String member, int points, CheckinLimit limit, LocalDate day,
        String input, String tokenKeyId, boolean clockTrusted) {

    /** Days, and so once-per-day limits, are counted in Korean time whatever the device's zone. */
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    public CheckinRecord {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(tokenKeyId, "tokenKeyId");
    }

    /** The draft to append. */
    public RecordDraft draft() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", eventId);
        body.put("member", member);
        body.put("points", points);
        body.put("limit", limit.contentName());
        body.put("day", day.toString());
        body.put("input", input);
        body.put("tokenKey", tokenKeyId);
        body.put("clockTrusted", clockTrusted);
        return RecordDraft.of(RecordKind.CHECKIN, body);
    }

    /**
     * Reads a journal record back; empty for other kinds. A {@code checkin} record this version
     * cannot read fails loudly: ignoring it could let a member check in twice.
     */
    public static Optional<CheckinRecord> from(JournalRecord record) {
        if (!record.kind().equals(RecordKind.CHECKIN)) {
            return Optional.empty();
        }
        JsonNode body = record.body().tree();
        try {
            return Optional.of(new CheckinRecord(text(body, "event"), text(body, "member"), body.path("points").asInt(),
                    limit(text(body, "limit")), LocalDate.parse(text(body, "day")), text(body, "input"),
                    text(body, "tokenKey"), body.path("clockTrusted").asBoolean()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("check-in record " + record.seq() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("field " + field + " is missing or not text");
        }
        return value.textValue();
    }

    private static CheckinLimit limit(String name) {
        for (CheckinLimit limit : CheckinLimit.values()) {
            if (limit.contentName().equals(name)) {
                return limit;
            }
        }
        throw new IllegalArgumentException("unknown limit " + name);
    }
}
