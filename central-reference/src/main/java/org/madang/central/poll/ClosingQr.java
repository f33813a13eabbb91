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
 * The closing sheet's QR text (wave contract): {@code MADANG-CLOSE2:} + base64url (no padding) of
 * the raw DEFLATE (RFC 1951) of the {@code vote.close} record's upload JSON ({@link RecordJson}),
 * so the central checks it as an uploaded record: its hash from its content, and its signature with
 * the device's registered key. The kiosk deflates so that the code has fewer, larger modules and a
 * phone photo of a small screen decodes; {@code MADANG-CLOSE1:} (the JSON not deflated) is still read.
 */
public final class ClosingQr {

    /** The text's prefix. */
    public static final String PREFIX = "MADANG-CLOSE2:";

    /** The first version's prefix: base64url of the JSON itself. */
    public static final String PREFIX_V1 = "MADANG-CLOSE1:";

    /** A closing record is under 2 KiB; a text inflating past this is refused, not read into memory. */
    private static final int MAX_JSON = 64 * 1024;

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
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION, true);
        java.io.ByteArrayOutputStream deflated = new java.io.ByteArrayOutputStream();
        try {
            deflater.setInput(out.toByteArray());
            deflater.finish();
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                deflated.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(deflated.toByteArray());
    }

    /**
     * The record a QR text carries, not yet verified.
     *
     * @throws ClosingRefused {@code NOT_A_CLOSING_QR}, {@code MALFORMED_RECORD} or {@code NOT_A_CLOSING_RECORD}
     */
    public static JournalRecord decode(String text) {
        String stripped = text.strip();
        boolean deflated = stripped.startsWith(PREFIX);
        String prefix = deflated ? PREFIX : PREFIX_V1;
        if (!stripped.startsWith(prefix) || !BASE64URL.matcher(stripped.substring(prefix.length())).matches()) {
            throw new ClosingRefused(ClosingRefused.Reason.NOT_A_CLOSING_QR, PREFIX);
        }
        byte[] json;
        try {
            json = Base64.getUrlDecoder().decode(stripped.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            throw new ClosingRefused(ClosingRefused.Reason.NOT_A_CLOSING_QR, PREFIX);
        }
        if (deflated) {
            json = inflate(json);
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

    private static byte[] inflate(byte[] deflated) {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        try {
            inflater.setInput(deflated);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if ((n == 0 && (inflater.needsInput() || inflater.needsDictionary())) || out.size() + n > MAX_JSON) {
                    throw new ClosingRefused(ClosingRefused.Reason.NOT_A_CLOSING_QR, PREFIX);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (java.util.zip.DataFormatException e) {
            throw new ClosingRefused(ClosingRefused.Reason.NOT_A_CLOSING_QR, PREFIX);
        } finally {
            inflater.end();
        }
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
