package org.madang.kiosk.vote;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.madang.journal.JournalRecord;
import org.madang.sync.api.wire.RecordJson;

/**
 * The closing sheet's QR text: {@code MADANG-CLOSE2:} and base64url (no padding) of the raw
 * DEFLATE (RFC 1951) of the {@code vote.close} record's upload JSON, the same bytes as in an upload
 * batch, so the central verifies it with the device's registered key even if the device never
 * syncs. Deflating makes the code about a third smaller, so each module is a pixel larger on a
 * small screen and a phone photo of it decodes. {@code MADANG-CLOSE1:} (the JSON not deflated) is
 * still read.
 */
public final class ClosingQr {

    /** What every closing QR text this kiosk shows starts with. */
    public static final String PREFIX = "MADANG-CLOSE2:";

    /** The first version's prefix: base64url of the JSON itself. */
    public static final String PREFIX_V1 = "MADANG-CLOSE1:";

    /** A closing record is under 2 KiB; more than this when inflating is not one. */
    private static final int MAX_JSON = 64 * 1024;

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
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(deflate(bytes.toByteArray()));
    }

    /** The upload JSON inside a closing QR text, for whoever reads one back. */
    public static byte[] json(String qrText) {
        if (qrText.startsWith(PREFIX_V1)) {
            return Base64.getUrlDecoder().decode(qrText.substring(PREFIX_V1.length()));
        }
        if (!qrText.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a closing QR: it must start with " + PREFIX + " or " + PREFIX_V1);
        }
        return inflate(Base64.getUrlDecoder().decode(qrText.substring(PREFIX.length())));
    }

    private static byte[] deflate(byte[] json) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(json);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] deflated) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("not a closing QR: the deflated record is cut short");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_JSON) {
                    throw new IllegalArgumentException("not a closing QR: the record inflates past " + MAX_JSON + " bytes");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("not a closing QR: the record is not DEFLATE data", e);
        } finally {
            inflater.end();
        }
    }
}
