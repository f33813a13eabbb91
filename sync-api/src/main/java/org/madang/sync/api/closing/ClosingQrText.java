package org.madang.sync.api.closing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.madang.journal.JournalRecord;
import org.madang.sync.api.wire.RecordJson;
import org.madang.sync.api.wire.WireFormatException;

/**
 * The closing sheet's QR text (wave contract), written by the kiosk and read by the central:
 * {@code MADANG-CLOSE2:} and base64url (no padding) of the raw DEFLATE (RFC 1951) of the
 * {@code vote.close} record's upload JSON ({@link RecordJson}), the same bytes as in an upload
 * batch, so the central verifies it with the device's registered key even if the device never
 * syncs. Deflating makes the code about a third smaller, so each module is a pixel larger on a
 * small screen and a phone photo of it decodes. {@code MADANG-CLOSE1:} (the JSON not deflated) is
 * still read.
 */
public final class ClosingQrText {

    /** What every closing QR text written now starts with. */
    public static final String PREFIX = "MADANG-CLOSE2:";

    /** The first version's prefix: base64url of the JSON itself. */
    public static final String PREFIX_V1 = "MADANG-CLOSE1:";

    /** A closing record is under 2 KiB; a text inflating past this is refused, not read into memory. */
    private static final int MAX_JSON = 64 * 1024;

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final JsonFactory JSON = new JsonFactory();

    private ClosingQrText() {
    }

    /** The QR text of {@code record}. */
    public static String of(JournalRecord record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            RecordJson.write(out, record);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(deflate(bytes.toByteArray()));
    }

    /**
     * The upload JSON inside a QR text (white space around it ignored), not yet parsed.
     *
     * @throws WireFormatException when the text does not start with {@link #PREFIX} (or {@link #PREFIX_V1})
     *     and base64url, or the deflated record is cut short, not DEFLATE data, or inflates past 64 KiB
     */
    public static byte[] json(String text) throws WireFormatException {
        String stripped = text.strip();
        boolean deflated = stripped.startsWith(PREFIX);
        String prefix = deflated ? PREFIX : PREFIX_V1;
        if (!stripped.startsWith(prefix) || !BASE64URL.matcher(stripped.substring(prefix.length())).matches()) {
            throw new WireFormatException("not a closing QR: it must start with " + PREFIX + " or " + PREFIX_V1
                    + " followed by base64url");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(stripped.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            throw new WireFormatException("not a closing QR: " + e.getMessage(), e);
        }
        return deflated ? inflate(bytes) : bytes;
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

    private static byte[] inflate(byte[] deflated) throws WireFormatException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new WireFormatException("not a closing QR: the deflated record is cut short");
                }
                if (out.size() + n > MAX_JSON) {
                    throw new WireFormatException("not a closing QR: the record inflates past " + MAX_JSON + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new WireFormatException("not a closing QR: the record is not DEFLATE data", e);
        } finally {
            inflater.end();
        }
    }
}
