package org.madang.sync.api.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.madang.journal.JournalRecord;
import org.madang.journal.chain.ChainBreak;
import org.madang.journal.chain.ChainVerifier;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.KeyDirectory;
import org.madang.journal.testing.InMemoryJournal;
import org.madang.journal.testing.TestKeys;
import org.madang.sync.api.SampleJournal;

class UploadBatchTest {

    private final Ed25519KeyPair key = TestKeys.deviceKey();

    @Test
    void decodedRecordsEqualTheJournalsAndStillVerifyAsAChain() throws Exception {
        InMemoryJournal journal = SampleJournal.of(key, 50);
        List<JournalRecord> records = SampleJournal.records(journal);

        UploadBatch decoded = UploadBatch.decode(new UploadBatch("dev-1", journal.info().journalId(), records).encode(),
                1 << 20);

        assertThat(decoded.records()).isEqualTo(records);
        ChainVerifier verifier = new ChainVerifier(KeyDirectory.of(key.publicKey()), 0, journal.info().genesisHash());
        decoded.records().forEach(verifier::accept);
        assertThat(verifier.report().firstBreak()).isEmpty();
        assertThat(verifier.report().lastGoodSeq()).isEqualTo(50);
    }

    @Test
    void aBodyAlteredInTransitKeepsItsAlteredBytesAndFailsTheHashCheck() throws Exception {
        InMemoryJournal journal = SampleJournal.of(key, 3);
        List<JournalRecord> records = SampleJournal.records(journal);
        String json = json(new UploadBatch("dev-1", journal.info().journalId(), records));
        // Swapping two keys changes the bytes but not the meaning: harmless only if the decoder
        // re-canonicalised the body, which it must not (the hash covers the bytes as signed).
        String canonical = records.getFirst().body().text();
        String swapped = canonical.replace("\"day\":\"2026-11-22\",\"event\":\"e-1\"",
                "\"event\":\"e-1\",\"day\":\"2026-11-22\"");
        assertThat(swapped).as("the sample body starts with day, event").isNotEqualTo(canonical);
        String altered = json.replaceFirst(java.util.regex.Pattern.quote(escaped(canonical)),
                java.util.regex.Matcher.quoteReplacement(escaped(swapped)));
        assertThat(altered).isNotEqualTo(json);

        UploadBatch decoded = UploadBatch.decode(gzip(altered), 1 << 20);

        assertThat(new String(decoded.records().getFirst().body().bytes(), StandardCharsets.UTF_8))
                .as("the body as sent, not re-canonicalised").isEqualTo(swapped);
        assertThat(decoded.records().getFirst().body().tree()).isEqualTo(records.getFirst().body().tree());
        ChainVerifier verifier = new ChainVerifier(KeyDirectory.of(key.publicKey()), 0, journal.info().genesisHash());
        decoded.records().forEach(verifier::accept);
        assertThat(verifier.report().firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.seq()).isEqualTo(1);
            assertThat(b.reason()).isEqualTo(ChainBreak.Reason.HASH_MISMATCH);
        });
    }

    /** A body as it appears inside the batch's JSON: a string with its quotes escaped. */
    private static String escaped(String body) throws IOException {
        String quoted = WireJson.MAPPER.writeValueAsString(body);
        return quoted.substring(1, quoted.length() - 1);
    }

    @Test
    void refusesABodyThatIsNotGzip() {
        assertThatThrownBy(() -> UploadBatch.decode("{}".getBytes(StandardCharsets.UTF_8), 1 << 20))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("not gzip");
    }

    @Test
    void stopsInflatingAGzipBombAtTheLimit() throws IOException {
        byte[] bomb = gzip("{\"deviceId\":\"" + "a".repeat(5_000_000) + "\"}");
        assertThat(bomb.length).isLessThan(20_000);

        assertThatThrownBy(() -> UploadBatch.decode(bomb, 1 << 20))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("inflates to more than");
    }

    @Test
    void refusesRecordsOutOfOrder() throws Exception {
        InMemoryJournal journal = SampleJournal.of(key, 3);
        List<JournalRecord> records = SampleJournal.records(journal);
        byte[] body = new UploadBatch("dev-1", "j", List.of(records.get(1), records.get(0))).encode();

        assertThatThrownBy(() -> UploadBatch.decode(body, 1 << 20))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("ascending seq");
    }

    @Test
    void namesTheMissingAndTheUnknownField() throws Exception {
        InMemoryJournal journal = SampleJournal.of(key, 1);
        String json = json(new UploadBatch("dev-1", "j", SampleJournal.records(journal)));

        assertThatThrownBy(() -> UploadBatch.decode(gzip(json.replaceFirst("\"bootId\":\"[^\"]*\",", "")), 1 << 20))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("record 1 lacks the field 'bootId'");
        assertThatThrownBy(() -> UploadBatch.decode(gzip(json.replaceFirst("\"seq\":1,", "\"seq\":1,\"extra\":2,")), 1 << 20))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("unknown field 'extra'");
        assertThatThrownBy(() -> UploadBatch.decode(gzip(json.replaceFirst("\"seq\":1,", "\"seq\":1,\"seq\":2,")), 1 << 20))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("Duplicate field 'seq'");
        assertThatThrownBy(() -> UploadBatch.decode(gzip(json.replaceFirst("\"hash\":\"[0-9a-f]*\"", "\"hash\":\"zz\"")), 1 << 20))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("record 1 is malformed");
    }

    private static String json(UploadBatch batch) throws IOException {
        return new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(batch.encode())).readAllBytes(),
                StandardCharsets.UTF_8);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
