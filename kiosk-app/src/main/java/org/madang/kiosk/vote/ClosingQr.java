package org.madang.kiosk.vote;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.madang.journal.JournalRecord;
import org.madang.sync.api.wire.RecordJson;

/**
 * The closing sheet's QR text: {@code MADANG-CLOSE1:} and base64url (no padding) of the
 * {@code vote.close} record's upload JSON, the same bytes as in an upload batch, so the central
 * verifies it with the device's registered key even if the device never syncs.
 */
public final class ClosingQr {

    /** What every closing QR text starts with. */
    public static final String PREFIX = "MADANG-CLOSE1:";

    private static final JsonFactory JSON = new JsonFactory();

    private ClosingQr() {
    }

    /** The QR text of {@code record}. */
    public static String text(JournalRecord record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            RecordJson.write(out, record);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /** The upload JSON inside a closing QR text, for whoever reads one back. */
    public static byte[] json(String qrText) {
        if (!qrText.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a closing QR: it must start with " + PREFIX);
        }
        return Base64.getUrlDecoder().decode(qrText.substring(PREFIX.length()));
    }
}
