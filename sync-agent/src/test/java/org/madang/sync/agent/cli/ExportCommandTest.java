package org.madang.sync.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.journal.JournalRecord;
import org.madang.sync.agent.testing.TestDevice;
import org.madang.sync.api.export.ExportManifest;
import org.madang.sync.api.export.ExportReader;
import org.madang.sync.api.wire.WireFormatException;

class ExportCommandTest {

    @TempDir
    Path temp;

    @Test
    void exportsTheWholeJournalSignedWithoutNetworkOrEnrollment() throws Exception {
        Path dataDir = temp.resolve("device");
        Path target = temp.resolve("usb").resolve("export.madang.gz");
        Files.createDirectories(target.getParent());
        try (TestDevice device = TestDevice.create(dataDir, URI.create("http://127.0.0.1:9/"))) {
            device.append(2499);
            Cli.Result result = Cli.run("export", "--data-dir", dataDir.toString(), "--to", target.toString());
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).contains("기록 2500건", "2500 record(s)");

            ExportManifest manifest = ExportReader.verify(target);
            assertThat(manifest.deviceId()).isEqualTo(TestDevice.DEVICE_ID);
            assertThat(manifest.journalId()).isEqualTo(device.journalId());
            assertThat(manifest.keyId()).isEqualTo(device.key().keyId());
            assertThat(manifest.lastSeq()).isEqualTo(2500);
            List<JournalRecord> read = new ArrayList<>();
            ExportReader.forEachBatch(target, 500, read::addAll);
            assertThat(read).isEqualTo(device.journal().readAfter(0, 3000));
            try (var listing = Files.list(target.getParent())) {
                assertThat(listing).as("no temporary file left").containsExactly(target);
            }
        }
    }

    @Test
    void refusesToOverwrite() throws Exception {
        Path dataDir = temp.resolve("device");
        Path target = temp.resolve("existing.gz");
        Files.writeString(target, "keep me");
        try (TestDevice device = TestDevice.create(dataDir, URI.create("http://127.0.0.1:9/"))) {
            device.append(1);
            Cli.Result result = Cli.run("export", "--data-dir", dataDir.toString(), "--to", target.toString());
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
            assertThat(result.err()).contains("덮어쓰지 않습니다", "never overwritten");
            assertThat(Files.readString(target)).isEqualTo("keep me");
        }
    }

    @Test
    void alteredExportIsRefusedByTheReader() throws Exception {
        Path dataDir = temp.resolve("device");
        Path target = temp.resolve("export.gz");
        try (TestDevice device = TestDevice.create(dataDir, URI.create("http://127.0.0.1:9/"))) {
            device.append(9);
            assertThat(Cli.run("export", "--data-dir", dataDir.toString(), "--to", target.toString()).exitCode()).isZero();
        }
        String text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(target))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String altered = text.replace("m3\\\"", "m4\\\"");
        assertThat(altered).isNotEqualTo(text);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(altered.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(target, bytes.toByteArray());
        assertThatThrownBy(() -> ExportReader.verify(target)).isInstanceOf(WireFormatException.class)
                .hasMessageContaining("signature does not verify");
    }
}
