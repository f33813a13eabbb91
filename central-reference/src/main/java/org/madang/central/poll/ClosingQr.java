package org.madang.central.poll;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Base64;
import java.util.regex.Pattern;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.chain.RecordHasher;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.sync.api.wire.RecordJson;
import org.madang.sync.api.wire.WireFormatException;
import org.madang.sync.api.wire.WireJson;

/**
 * The closing sheet's QR text (wave contract): {@code MADANG-CLOSE1:} + base64url (no padding) of
 * the {@code vote.close} record's upload JSON ({@link RecordJson}), so the central checks it as an
 * uploaded record: its hash from its content, and its signature with the device's registered key.
 */
public final class ClosingQr {

    /** The text's prefix. */
    public static final String PREFIX = "MADANG-CLOSE1:";

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");

    private ClosingQr() {
    }

    /** The QR text of a closing record (what the kiosk shows; tests use it). */
    public static String encode(JournalRecord record) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (com.fasterxml.jackson.core.JsonGenerator generator = WireJson.MAPPER.getFactory().createGenerator(out)) {
            RecordJson.write(generator, record);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /**
     * The record a QR text carries, not yet verified.
     *
     * @throws ClosingRefused {@code NOT_A_CLOSING_QR}, {@code MALFORMED_RECORD} or {@code NOT_A_CLOSING_RECORD}
     */
    public static JournalRecord decode(String text) {
        String stripped = text.strip();
        if (!stripped.startsWith(PREFIX) || !BASE64URL.matcher(stripped.substring(PREFIX.length())).matches()) {
            throw new ClosingRefused(ClosingRefused.Reason.NOT_A_CLOSING_QR, PREFIX);
        }
        byte[] json;
        try {
            json = Base64.getUrlDecoder().decode(stripped.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new ClosingRefused(ClosingRefused.Reason.NOT_A_CLOSING_QR, PREFIX);
        }
        JournalRecord record;
        try (JsonParser in = WireJson.MAPPER.getFactory().createParser(json)) {
            in.nextToken();
            record = RecordJson.read(in);
            if (in.nextToken() != null) {
                throw new WireFormatException("text after the record");
            }
        } catch (WireFormatException | IOException e) {
            throw new ClosingRefused(ClosingRefused.Reason.MALFORMED_RECORD, e.getMessage());
        }
        if (!record.kind().equals(RecordKind.VOTE_CLOSE)) {
            throw new ClosingRefused(ClosingRefused.Reason.NOT_A_CLOSING_RECORD, record.kind().name());
        }
        return record;
    }

    /**
     * Checks the record's hash against its content and its signature against {@code deviceKey}.
     *
     * @throws ClosingRefused {@code HASH_MISMATCH} or {@code BAD_SIGNATURE}
     */
    public static void verify(JournalRecord record, String deviceId, Ed25519PublicKey deviceKey) {
        if (!RecordHasher.hash(record.seq(), record.id(), record.kind(), record.body(), record.clock(),
                record.prevHash(), record.keyId()).equals(record.hash())) {
            throw new ClosingRefused(ClosingRefused.Reason.HASH_MISMATCH, deviceId, Long.toString(record.seq()));
        }
        if (!deviceKey.verifies(record.hash().bytes(), record.signature())) {
            throw new ClosingRefused(ClosingRefused.Reason.BAD_SIGNATURE, deviceId, Long.toString(record.seq()));
        }
    }
}
