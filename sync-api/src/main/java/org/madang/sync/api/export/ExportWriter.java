package org.madang.sync.api.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.madang.journal.JournalRecord;
import org.madang.journal.chain.Sha256;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.sync.api.wire.RecordJson;
import org.madang.sync.api.wire.WireJson;

/**
 * Writes a USB export (decision 0010): gzip of JSON lines — the manifest, one line per record,
 * then the device's signature over the SHA-256 of every byte before it. Records must come in
 * order from {@code firstSeq} to {@code lastSeq}; {@link #finish()} refuses an incomplete file.
 */
public final class ExportWriter implements AutoCloseable {

    private final GZIPOutputStream gzip;
    private final MessageDigest digest = Sha256Digest.create();
    private final Ed25519KeyPair key;
    private final ExportManifest manifest;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
    private long nextSeq;
    private boolean finished;

    /** Starts an export into {@code out} (which this writer closes) and writes the manifest. */
    public ExportWriter(OutputStream out, ExportManifest manifest, Ed25519KeyPair key) throws IOException {
        this.gzip = new GZIPOutputStream(out, 64 * 1024);
        this.key = key;
        this.manifest = manifest;
        this.nextSeq = manifest.firstSeq() == 0 ? 1 : manifest.firstSeq();
        writeLine(WireJson.MAPPER.writeValueAsBytes(manifest));
    }

    /** Adds the next record. */
    public void add(JournalRecord record) throws IOException {
        if (record.seq() != nextSeq || record.seq() > manifest.lastSeq()) {
            throw new IllegalArgumentException("export expects record " + nextSeq + " (of " + manifest.lastSeq()
                    + "), got " + record.seq());
        }
        line.reset();
        try (JsonGenerator out = WireJson.MAPPER.getFactory().createGenerator(line, JsonEncoding.UTF8)) {
            RecordJson.write(out, record);
        }
        writeLine(line.toByteArray());
        nextSeq++;
    }

    /** Writes the signature line; the file is complete after this. */
    public void finish() throws IOException {
        if (nextSeq != manifest.lastSeq() + 1 && manifest.lastSeq() != 0) {
            throw new IllegalStateException("export is incomplete: records " + nextSeq + "…" + manifest.lastSeq() + " are missing");
        }
        byte[] signature = key.sign(Sha256.of(digest.digest()).bytes()).bytes();
        byte[] last = WireJson.MAPPER.writeValueAsBytes(Map.of("signature",
                Base64.getUrlEncoder().withoutPadding().encodeToString(signature)));
        gzip.write(last);
        gzip.write('\n');
        gzip.finish();
        finished = true;
    }

    private void writeLine(byte[] bytes) throws IOException {
        digest.update(bytes);
        digest.update((byte) '\n');
        gzip.write(bytes);
        gzip.write('\n');
    }

    @Override
    public void close() throws IOException {
        gzip.close();
        if (!finished) {
            throw new IllegalStateException("export closed before finish(): the file is not signed");
        }
    }
}
