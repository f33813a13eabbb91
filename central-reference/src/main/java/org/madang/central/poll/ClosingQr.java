package org.madang.central.poll;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.madang.journal.JournalRecord;
import org.madang.journal.RecordKind;
import org.madang.journal.chain.RecordHasher;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.sync.api.closing.ClosingQrText;
import org.madang.sync.api.wire.RecordJson;
import org.madang.sync.api.wire.WireFormatException;
import org.madang.sync.api.wire.WireJson;

/**
 * Reads a closing sheet's QR text ({@link ClosingQrText}, shared with the kiosk that writes it)
 * into its {@code vote.close} record and checks it as an uploaded record: its hash from its
 * content, and its signature with the device's registered key. Each failure is a {@link
 * ClosingRefused} with its reason for staff.
 */
public final class ClosingQr {

    private ClosingQr() {
    }

    /**
     * The record a QR text carries, not yet verified.
     *
     * @throws ClosingRefused {@code NOT_A_CLOSING_QR}, {@code MALFORMED_RECORD} or {@code NOT_A_CLOSING_RECORD}
     */
    public static JournalRecord decode(String text) {
        byte[] json;
        try {
            json = ClosingQrText.json(text);
        } catch (WireFormatException e) {
            throw new ClosingRefused(ClosingRefused.Reason.NOT_A_CLOSING_QR, ClosingQrText.PREFIX);
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
