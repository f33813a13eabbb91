package org.madang.sync.api.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.madang.journal.CanonicalJson;
import org.madang.journal.ClockStamp;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.chain.Sha256;
import org.madang.journal.signing.Signature64;

/**
 * A journal record's JSON form on the wire and in USB exports, written and read with Jackson's
 * streaming API (100,000 records must cross in seconds).
 *
 * <p>The body travels as its canonical JSON <em>text</em>, not as a nested object, so the central
 * hashes exactly the bytes the device hashed; a tampered body keeps its tampered bytes and fails
 * the hash check instead of being silently re-canonicalised.
 */
public final class RecordJson {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private RecordJson() {
    }

    /** Writes one record as a JSON object. */
    public static void write(JsonGenerator out, JournalRecord record) throws IOException {
        out.writeStartObject();
        out.writeNumberField("seq", record.seq());
        out.writeStringField("id", record.id());
        out.writeStringField("kind", record.kind().name());
        out.writeStringField("body", record.body().text());
        out.writeNumberField("wallTime", record.clock().wallTime().toEpochMilli());
        out.writeStringField("bootId", record.clock().bootId());
        out.writeNumberField("monotonicNanos", record.clock().monotonicNanos());
        out.writeBooleanField("wallClockTrusted", record.clock().wallClockTrusted());
        out.writeStringField("prevHash", record.prevHash().hex());
        out.writeStringField("hash", record.hash().hex());
        out.writeStringField("keyId", record.keyId());
        out.writeStringField("signature", BASE64URL.encodeToString(record.signature().bytes()));
        out.writeEndObject();
    }

    /**
     * Reads one record; the parser stands on its {@code START_OBJECT} and is left on its {@code
     * END_OBJECT}.
     *
     * @throws WireFormatException naming the field that is missing, repeated or malformed
     */
    public static JournalRecord read(JsonParser in) throws IOException, WireFormatException {
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw new WireFormatException("a record must be a JSON object, found " + in.currentToken());
        }
        Long seq = null;
        Long wallTime = null;
        Long monotonic = null;
        Boolean trusted = null;
        String id = null;
        String kind = null;
        String body = null;
        String bootId = null;
        String prevHash = null;
        String hash = null;
        String keyId = null;
        String signature = null;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            JsonToken value = in.nextToken();
            switch (field) {
                case "seq" -> seq = once(seq, field, longValue(in, value, field));
                case "wallTime" -> wallTime = once(wallTime, field, longValue(in, value, field));
                case "monotonicNanos" -> monotonic = once(monotonic, field, longValue(in, value, field));
                case "wallClockTrusted" -> {
                    if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                        throw new WireFormatException("record field wallClockTrusted must be true or false");
                    }
                    trusted = once(trusted, field, value == JsonToken.VALUE_TRUE);
                }
                case "id" -> id = once(id, field, text(in, value, field));
                case "kind" -> kind = once(kind, field, text(in, value, field));
                case "body" -> body = once(body, field, text(in, value, field));
                case "bootId" -> bootId = once(bootId, field, text(in, value, field));
                case "prevHash" -> prevHash = once(prevHash, field, text(in, value, field));
                case "hash" -> hash = once(hash, field, text(in, value, field));
                case "keyId" -> keyId = once(keyId, field, text(in, value, field));
                case "signature" -> signature = once(signature, field, text(in, value, field));
                default -> throw new WireFormatException("record has an unknown field '" + field + "'");
            }
        }
        String where = seq == null ? "record" : "record " + seq;
        try {
            return new JournalRecord(
                    required(seq, where, "seq"),
                    required(id, where, "id"),
                    kind(required(kind, where, "kind")),
                    CanonicalJson.fromStoredBytes(required(body, where, "body").getBytes(StandardCharsets.UTF_8)),
                    new ClockStamp(Instant.ofEpochMilli(required(wallTime, where, "wallTime")),
                            required(bootId, where, "bootId"), required(monotonic, where, "monotonicNanos"),
                            required(trusted, where, "wallClockTrusted")),
                    Sha256.ofHex(required(prevHash, where, "prevHash")),
                    Sha256.ofHex(required(hash, where, "hash")),
                    required(keyId, where, "keyId"),
                    Signature64.of(BASE64URL_DECODER.decode(required(signature, where, "signature"))));
        } catch (IllegalArgumentException e) {
            throw new WireFormatException(where + " is malformed: " + e.getMessage(), e);
        }
    }

    /** The kinds every upload is full of, without {@link RecordKind#of}'s pattern match per record. */
    private static RecordKind kind(String name) {
        return switch (name) {
            case "checkin" -> RecordKind.CHECKIN;
            case "vote.pollbook" -> RecordKind.VOTE_POLLBOOK;
            case "vote.ballot" -> RecordKind.VOTE_BALLOT;
            case "survey.response" -> RecordKind.SURVEY_RESPONSE;
            case "device.event" -> RecordKind.DEVICE_EVENT;
            default -> RecordKind.of(name);
        };
    }

    private static <T> T once(T previous, String field, T value) throws WireFormatException {
        if (previous != null) {
            throw new WireFormatException("record field '" + field + "' appears twice");
        }
        return value;
    }

    private static <T> T required(T value, String where, String field) throws WireFormatException {
        if (value == null) {
            throw new WireFormatException(where + " lacks the field '" + field + "'");
        }
        return value;
    }

    private static long longValue(JsonParser in, JsonToken token, String field) throws IOException, WireFormatException {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw new WireFormatException("record field '" + field + "' must be an integer");
        }
        try {
            return in.getLongValue();
        } catch (IOException e) {
            throw new WireFormatException("record field '" + field + "' does not fit in 64 bits", e);
        }
    }

    private static String text(JsonParser in, JsonToken token, String field) throws IOException, WireFormatException {
        if (token != JsonToken.VALUE_STRING) {
            throw new WireFormatException("record field '" + field + "' must be a string");
        }
        return in.getText();
    }
}
