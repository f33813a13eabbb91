package org.madang.sync.api.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.journal.JournalRecord;
import org.madang.journal.chain.Sha256;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.testing.InMemoryJournal;
import org.madang.journal.testing.TestKeys;
import org.madang.sync.api.SampleJournal;
import org.madang.sync.api.wire.WireFormatException;

class ExportTest {

    @TempDir
    Path dir;

    private final Ed25519KeyPair key = TestKeys.deviceKey();

    @Test
    void readsBackEveryRecordInOrderAfterVerifyingTheWholeFile() throws Exception {
        InMemoryJournal journal = SampleJournal.of(key, 25);
        Path file = export(journal, key);

        ExportManifest manifest = ExportReader.verify(file);
        List<JournalRecord> read = new ArrayList<>();
        ExportReader.forEachBatch(file, 10, read::addAll);

        assertThat(manifest.deviceId()).isEqualTo("dev-1");
        assertThat(manifest.lastSeq()).isEqualTo(25);
        assertThat(read).isEqualTo(SampleJournal.records(journal));
    }

    @Test
    void refusesAFileWithOneAlteredRecord() throws Exception {
        Path file = export(SampleJournal.of(key, 5), key);
        String text = gunzip(file);
        rewrite(file, text.replaceFirst("\"points\\\\\":100", "\"points\\\\\":999"));

        assertThatThrownBy(() -> ExportReader.verify(file)).isInstanceOf(WireFormatException.class)
                .hasMessageContaining("signature does not verify");
    }

    @Test
    void refusesAFileCutShort() throws Exception {
        Path file = export(SampleJournal.of(key, 5), key);
        String text = gunzip(file);
        rewrite(file, text.substring(0, text.lastIndexOf("{\"signature\"")));

        assertThatThrownBy(() -> ExportReader.verify(file)).isInstanceOf(WireFormatException.class)
                .hasMessageContaining("no signature line");
    }

    @Test
    void refusesAFileWithARecordRemovedEvenIfResigned() throws Exception {
        InMemoryJournal journal = SampleJournal.of(key, 5);
        List<JournalRecord> records = SampleJournal.records(journal);
        Path file = dir.resolve("gap.mjx");
        ExportManifest manifest = ExportManifest.of("dev-1", "1114055000", journal.info().journalId(), key.keyId(),
                key.publicKey().jwkX(), 5, "2026-11-22T00:00:00Z");
        try (ExportWriter writer = new ExportWriter(Files.newOutputStream(file), manifest, key)) {
            assertThatThrownBy(() -> writer.add(records.get(1))).isInstanceOf(IllegalArgumentException.class);
            for (JournalRecord record : records) {
                writer.add(record);
            }
            writer.finish();
        }
        // Drop record 2 and sign again as the device would: SHA-256 over the manifest and every
        // remaining record line (each with its '\n'), signed with the device key. Only the gap
        // check can refuse this file.
        List<String> lines = new ArrayList<>(List.of(gunzip(file).split("\n")));
        assertThat(lines.getLast()).startsWith("{\"signature\"");
        lines.removeLast();
        lines.remove(2);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        StringBuilder resigned = new StringBuilder();
        for (String line : lines) {
            digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            resigned.append(line).append('\n');
        }
        byte[] signature = key.sign(Sha256.of(digest.digest()).bytes()).bytes();
        resigned.append("{\"signature\":\"").append(Base64.getUrlEncoder().withoutPadding().encodeToString(signature))
                .append("\"}\n");
        rewrite(file, resigned.toString());

        assertThatThrownBy(() -> ExportReader.verify(file)).isInstanceOf(WireFormatException.class)
                .hasMessageContaining("record 2 expected, found 3");
    }

    @Test
    void refusesSomethingThatIsNotAnExport() throws IOException {
        Path file = dir.resolve("photo.jpg");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3});

        assertThatThrownBy(() -> ExportReader.verify(file)).isInstanceOf(WireFormatException.class)
                .hasMessageContaining("not a gzip file");
    }

    private Path export(InMemoryJournal journal, Ed25519KeyPair signer) throws Exception {
        Path file = dir.resolve("export.mjx");
        List<JournalRecord> records = SampleJournal.records(journal);
        ExportManifest manifest = ExportManifest.of("dev-1", "1114055000", journal.info().journalId(), signer.keyId(),
                signer.publicKey().jwkX(), records.size(), "2026-11-22T00:00:00Z");
        try (ExportWriter writer = new ExportWriter(Files.newOutputStream(file), manifest, signer)) {
            for (JournalRecord record : records) {
                writer.add(record);
            }
            writer.finish();
        }
        return file;
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void rewrite(Path file, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(file, bytes.toByteArray());
    }
}
