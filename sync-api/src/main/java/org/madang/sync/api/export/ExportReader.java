package org.madang.sync.api.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.madang.journal.JournalRecord;
import org.madang.journal.chain.Sha256;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.journal.signing.Signature64;
import org.madang.sync.api.wire.RecordJson;
import org.madang.sync.api.wire.WireFormatException;
import org.madang.sync.api.wire.WireJson;

/**
 * Reads a USB export in two passes over the file: {@link #verify} checks the format, the
 * signature of the whole file with the manifest's key and that every record 1…lastSeq is there
 * once; only then does {@link #forEachBatch} hand records to the importer. (Whether that key
 * belongs to an enrolled device is the importer's question.)
 */
public final class ExportReader {

    /** Receives records in order, a batch at a time. */
    @FunctionalInterface
    public interface BatchConsumer {
        /** Takes one batch. */
        void accept(List<JournalRecord> batch) throws Exception;
    }

    private static final int MAX_LINE_BYTES = 1024 * 1024;

    private ExportReader() {
    }

    /** Checks the file and returns its manifest. */
    public static ExportManifest verify(Path file) throws IOException, WireFormatException {
        MessageDigest digest = Sha256Digest.create();
        try (InputStream in = open(file)) {
            byte[] first = readLine(in, file);
            if (first == null) {
                throw new WireFormatException(file + " is empty: not a Madang export");
            }
            ExportManifest manifest = manifest(first, file);
            digest.update(first);
            digest.update((byte) '\n');
            long expected = 1;
            byte[] line;
            while ((line = readLine(in, file)) != null) {
                JsonNode signatureLine = signatureLine(line);
                if (signatureLine != null) {
                    if (readLine(in, file) != null) {
                        throw new WireFormatException(file + ": lines after the signature");
                    }
                    if (expected != manifest.lastSeq() + 1) {
                        throw new WireFormatException(file + " is incomplete: it ends at record " + (expected - 1)
                                + " but its manifest says " + manifest.lastSeq());
                    }
                    checkSignature(manifest, digest.digest(), signatureLine, file);
                    return manifest;
                }
                JournalRecord record = record(line);
                if (record.seq() != expected) {
                    throw new WireFormatException(file + ": record " + expected + " expected, found " + record.seq());
                }
                expected++;
                digest.update(line);
                digest.update((byte) '\n');
            }
            throw new WireFormatException(file + " has no signature line: the export was cut short (copy it again)");
        } catch (ZipException e) {
            throw new WireFormatException(file + " is not a gzip file: not a Madang export", e);
        }
    }

    /** Reads the records of a file that {@link #verify} accepted. */
    public static void forEachBatch(Path file, int batchSize, BatchConsumer consumer) throws Exception {
        try (InputStream in = open(file)) {
            readLine(in, file);
            List<JournalRecord> batch = new ArrayList<>(batchSize);
            byte[] line;
            while ((line = readLine(in, file)) != null && signatureLine(line) == null) {
                batch.add(record(line));
                if (batch.size() == batchSize) {
                    consumer.accept(List.copyOf(batch));
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                consumer.accept(List.copyOf(batch));
            }
        }
    }

    private static InputStream open(Path file) throws IOException {
        return new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024), 64 * 1024);
    }

    private static ExportManifest manifest(byte[] line, Path file) throws WireFormatException {
        ExportManifest manifest;
        try {
            manifest = WireJson.MAPPER.readValue(line, ExportManifest.class);
        } catch (IOException e) {
            throw new WireFormatException(file + ": the first line is not a Madang export manifest: " + e.getMessage(), e);
        }
        if (!ExportManifest.FORMAT.equals(manifest.format()) || manifest.version() != ExportManifest.VERSION) {
            throw new WireFormatException(file + ": format " + manifest.format() + " version " + manifest.version()
                    + " is not " + ExportManifest.FORMAT + " version " + ExportManifest.VERSION);
        }
        return manifest;
    }

    private static JsonNode signatureLine(byte[] line) throws IOException {
        if (line.length > 200 || line.length < 14 || line[2] != 's') {
            return null;
        }
        JsonNode node = WireJson.MAPPER.readTree(line);
        return node.size() == 1 && node.has("signature") ? node : null;
    }

    private static void checkSignature(ExportManifest manifest, byte[] digest, JsonNode line, Path file)
            throws WireFormatException {
        try {
            Ed25519PublicKey key = Ed25519PublicKey.ofJwkX(manifest.publicKey());
            if (!key.keyId().equals(manifest.keyId())) {
                throw new WireFormatException(file + ": the manifest's key id does not match its public key");
            }
            Signature64 signature = Signature64.of(Base64.getUrlDecoder().decode(line.get("signature").asText()));
            if (!key.verifies(Sha256.of(digest).bytes(), signature)) {
                throw new WireFormatException(file + ": the signature does not verify: the file was altered or damaged");
            }
        } catch (IllegalArgumentException e) {
            throw new WireFormatException(file + ": the key or signature is malformed: " + e.getMessage(), e);
        }
    }

    private static JournalRecord record(byte[] line) throws IOException, WireFormatException {
        try (JsonParser parser = WireJson.MAPPER.getFactory().createParser(line)) {
            parser.nextToken();
            return RecordJson.read(parser);
        }
    }

    private static byte[] readLine(InputStream in, Path file) throws IOException, WireFormatException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                return line.toByteArray();
            }
            if (line.size() >= MAX_LINE_BYTES) {
                throw new WireFormatException(file + ": a line is longer than " + MAX_LINE_BYTES + " bytes");
            }
            line.write(b);
        }
        if (line.size() > 0) {
            throw new WireFormatException(file + " ends in the middle of a line: the export was cut short");
        }
        return null;
    }
}
