package org.madang.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActiveEventFileTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);

    @Test
    void aChosenEventIsReadBackByTheNextKiosk() throws Exception {
        ActiveEventFile.in(dataDir, clock).remember("2026-myeongdong-cleanup");

        assertThat(ActiveEventFile.in(dataDir, clock).recall()).contains("2026-myeongdong-cleanup");
        Path file = dataDir.resolve("kiosk/active-event.json");
        assertThat(Files.readString(file)).contains("\"chosenAt\":\"2026-11-22T01:00:00Z\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void aNewDeviceRemembersNothing() {
        assertThat(ActiveEventFile.in(dataDir, clock).recall()).isEmpty();
    }

    @Test
    void aDamagedFileIsIgnoredSoTheKioskStillStarts() throws Exception {
        Files.createDirectories(dataDir.resolve("kiosk"));
        Files.writeString(dataDir.resolve("kiosk/active-event.json"), "{\"eventId\": 4");

        assertThat(ActiveEventFile.in(dataDir, clock).recall()).isEmpty();
    }
}
