package org.madang.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.sync.SyncState;
import org.madang.device.sync.SyncStateFile;

/** The state file as the agent writes it, read by the kiosk. */
class UploadStatusReaderTest {

    @TempDir
    Path dataDir;

    private UploadStatusReader reader() {
        return new UploadStatusReader(dataDir, "myeongdong-01");
    }

    @Test
    void readsTheFileTheAgentWrites() throws Exception {
        Instant at = Instant.parse("2026-11-22T01:00:00Z");
        SyncStateFile.in(dataDir).write(SyncState.initial("j").withAck(5, Optional.empty()).withSuccess(at));

        assertThat(reader().read("j", 7))
                .isEqualTo(new UploadStatus(UploadState.WAITING, 2, Optional.of(at), Optional.empty()));
    }

    @Test
    void noFileIsNotSyncedYet() {
        assertThat(reader().read("j", 7).state()).isEqualTo(UploadState.NOT_SYNCED_YET);
    }

    @Test
    void aDamagedFileIsFailingNotAnException() throws Exception {
        Path file = SyncStateFile.in(dataDir).file();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"schemaVersion\": 1, \"journalId\": ", StandardCharsets.UTF_8);
        UploadStatusReader reader = reader();

        UploadStatus status = reader.read("j", 7);

        assertThat(status).isEqualTo(new UploadStatus(UploadState.FAILING, 7, Optional.empty(),
                Optional.of(UploadStatus.STATE_CORRUPT)));
        assertThat(reader.read("j", 7)).isEqualTo(status);
    }

    @Test
    void anUnreadableFileIsFailing() throws Exception {
        Path file = SyncStateFile.in(dataDir).file();
        Files.createDirectories(file);  // a directory where the file should be: reading it fails with an I/O error

        assertThat(reader().read("j", 7).problem()).contains(UploadStatus.STATE_UNREADABLE);
    }
}
