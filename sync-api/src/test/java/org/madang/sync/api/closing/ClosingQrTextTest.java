package org.madang.sync.api.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.madang.journal.JournalRecord;
import org.madang.journal.chain.Sha256;
import org.madang.journal.testing.TestKeys;
import org.madang.sync.api.SampleJournal;
import org.madang.sync.api.wire.RecordJson;
import org.madang.sync.api.wire.WireFormatException;
import org.madang.sync.api.wire.WireJson;

class ClosingQrTextTest {

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final JournalRecord record = SampleJournal.records(SampleJournal.of(TestKeys.deviceKey(), 1)).getFirst();

    ClosingQrTextTest() throws Exception {
    }

    @Test
    void carriesTheRecordsUploadJsonDeflatedAndReadsItBack() throws Exception {
        String text = ClosingQrText.of(record);

        assertThat(text).startsWith(ClosingQrText.PREFIX).matches("MADANG-CLOSE2:[A-Za-z0-9_-]+");
        assertThat(read(ClosingQrText.json(" " + text + "\n"))).isEqualTo(record);
        assertThat(text.length()).as("deflated: shorter than the JSON in base64url")
                .isLessThan(B64URL.encodeToString(ClosingQrText.json(text)).length());
    }

    @Test
    void readsTheFirstVersionWhoseJsonIsNotDeflated() throws Exception {
        byte[] json = ClosingQrText.json(ClosingQrText.of(record));

        assertThat(ClosingQrText.json(ClosingQrText.PREFIX_V1 + B64URL.encodeToString(json))).isEqualTo(json);
    }

    @Test
    void refusesTextsThatAreNotClosingQrs() {
        String body = ClosingQrText.of(record).substring(ClosingQrText.PREFIX.length());
        for (String text : List.of("MADANG-ENROLL1:" + body, ClosingQrText.PREFIX, ClosingQrText.PREFIX + body + "=",
                ClosingQrText.PREFIX + body.substring(0, body.length() / 2), ClosingQrText.PREFIX + "bm90LWRlZmxhdGU",
                ClosingQrText.PREFIX + "A")) {
            assertThatThrownBy(() -> ClosingQrText.json(text)).as(text).isInstanceOf(WireFormatException.class)
                    .hasMessageStartingWith("not a closing QR");
        }
    }

    @Test
    void refusesATextInflatingPast64KiBWithoutReadingItAll() {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[1 << 20]);
        deflater.finish();
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            deflated.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();

        assertThatThrownBy(() -> ClosingQrText.json(ClosingQrText.PREFIX + B64URL.encodeToString(deflated.toByteArray())))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("inflates past 65536 bytes");
    }

    @Test
    void boxHashIsTheSha256OfTheSortedHashesEachEndedByALineFeed() {
        assertThat(BoxHash.of(List.of("bb", "aa", "cc"))).isEqualTo(Sha256.digest("aa\nbb\ncc\n").hex());
        assertThat(BoxHash.of(List.of())).isEqualTo(Sha256.digest("").hex());
        assertThat(BoxHash.of(List.of("aa", "bb"))).isNotEqualTo(Sha256.digest("aa\nbb").hex());
    }

    private static JournalRecord read(byte[] json) throws Exception {
        try (JsonParser in = WireJson.MAPPER.getFactory().createParser(json)) {
            in.nextToken();
            return RecordJson.read(in);
        }
    }
}
