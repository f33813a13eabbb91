package org.madang.sync.api.wire;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.madang.journal.JournalRecord;

/**
 * The body of {@code POST /api/v1/records}: one device's records in ascending sequence order,
 * sent as gzip-compressed JSON {@code {"deviceId","journalId","records":[…]}}.
 */
public record UploadBatch(String deviceId, String journalId, List<JournalRecord> records) {

    public UploadBatch {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(journalId, "journalId");
        records = List.copyOf(records);
    }

    /** The gzip-compressed JSON body. */
    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + records.size() * 160);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 64 * 1024);
                JsonGenerator out = WireJson.MAPPER.getFactory().createGenerator(gzip, JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeStringField("deviceId", deviceId);
            out.writeStringField("journalId", journalId);
            out.writeArrayFieldStart("records");
            for (JournalRecord record : records) {
                RecordJson.write(out, record);
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a gzip-compressed body, inflating at most {@code maxInflatedBytes}.
     *
     * @throws WireFormatException when the body is not gzip, not the documented JSON, too large
     *     once inflated, or a record is malformed (the message names it)
     */
    public static UploadBatch decode(byte[] gzipped, int maxInflatedBytes) throws WireFormatException {
        try (InputStream in = new BoundedInputStream(new GZIPInputStream(new ByteArrayInputStream(gzipped), 64 * 1024),
                maxInflatedBytes);
                JsonParser parser = WireJson.MAPPER.getFactory().createParser(in)) {
            return read(parser);
        } catch (ZipException e) {
            throw new WireFormatException("the body is not gzip data (send it with Content-Encoding: gzip): "
                    + e.getMessage(), e);
        } catch (StreamReadException e) {
            throw new WireFormatException("the body is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (BoundedInputStream.LimitExceeded e) {
            throw new WireFormatException("the body inflates to more than " + maxInflatedBytes + " bytes", e);
        } catch (IOException e) {
            throw new WireFormatException("the body cannot be read: " + e.getMessage(), e);
        }
    }

    private static UploadBatch read(JsonParser in) throws IOException, WireFormatException {
        if (in.nextToken() != JsonToken.START_OBJECT) {
            throw new WireFormatException("the body must be a JSON object");
        }
        String deviceId = null;
        String journalId = null;
        List<JournalRecord> records = null;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            JsonToken value = in.nextToken();
            switch (field) {
                case "deviceId", "journalId" -> {
                    if (value != JsonToken.VALUE_STRING) {
                        throw new WireFormatException("'" + field + "' must be a string");
                    }
                    if (field.equals("deviceId")) {
                        deviceId = in.getText();
                    } else {
                        journalId = in.getText();
                    }
                }
                case "records" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw new WireFormatException("'records' must be an array");
                    }
                    records = new ArrayList<>();
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        records.add(RecordJson.read(in));
                    }
                }
                default -> throw new WireFormatException("unknown field '" + field + "'");
            }
        }
        if (in.nextToken() != null) {
            throw new WireFormatException("text after the end of the JSON object");
        }
        if (deviceId == null || journalId == null || records == null) {
            throw new WireFormatException("the body needs 'deviceId', 'journalId' and 'records'");
        }
        for (int i = 1; i < records.size(); i++) {
            if (records.get(i).seq() <= records.get(i - 1).seq()) {
                throw new WireFormatException("records must be in ascending seq order without repeats: "
                        + records.get(i).seq() + " follows " + records.get(i - 1).seq());
            }
        }
        return new UploadBatch(deviceId, journalId, records);
    }

    /** Stops reading after a limit, so a small gzip body cannot inflate without bound. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {

        static final class LimitExceeded extends IOException {
            private static final long serialVersionUID = 1L;

            LimitExceeded() {
                super("inflated size limit exceeded");
            }
        }

        private long remaining;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --remaining < 0) {
                throw new LimitExceeded();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                remaining -= n;
                if (remaining < 0) {
                    throw new LimitExceeded();
                }
            }
            return n;
        }
    }
}
