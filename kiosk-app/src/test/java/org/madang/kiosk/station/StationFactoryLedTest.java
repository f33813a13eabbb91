package org.madang.kiosk.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.content.CheckinLimit;
import org.madang.device.profile.Peripherals;
import org.madang.device.sync.SyncState;
import org.madang.device.sync.SyncStateFile;
import org.madang.kiosk.hardware.LedState;
import org.madang.kiosk.sync.SyncLight;
import org.madang.kiosk.testing.FakeCheckinContent;
import org.madang.kiosk.testing.FakeTokenVerifier;
import org.madang.kiosk.testing.TestDevice;

/** The device both the station and the touchscreen open drives its LED from the upload state. */
class StationFactoryLedTest {

    @TempDir
    Path temp;

    @Test
    void theOpenedDevicesLedFollowsTheAgentsStateFileOfItsJournal() throws Exception {
        Path dataDir = TestDevice.create(temp.resolve("device"), Peripherals.none());
        FakeCheckinContent content = new FakeCheckinContent().add(FakeCheckinContent.event("cleanup",
                CheckinLimit.ONCE_PER_EVENT, Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z")));
        StationFactory factory = new StationFactory((profile, dir) -> new FakeTokenVerifier(), (profile, dir) -> content,
                Clock.systemUTC(), temp.resolve("dev"));

        try (StationFactory.OpenDevice device = factory.openDevice(dataDir, "led test")) {
            assertThat(device.peripherals().led()).isInstanceOf(SyncLight.class);
            SyncLight light = (SyncLight) device.peripherals().led();
            assertThat(light.refresh()).isEqualTo(LedState.WAITING);

            SyncStateFile.in(dataDir).write(SyncState.initial(device.journal().info().journalId())
                    .withAck(device.journal().lastSeq(), Optional.empty()).withSuccess(Instant.now()));

            assertThat(light.refresh()).isEqualTo(LedState.SYNCED);
        }
    }
}
