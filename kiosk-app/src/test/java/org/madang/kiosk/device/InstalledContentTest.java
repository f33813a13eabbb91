package org.madang.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.content.ContentStore;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.device.profile.Peripherals;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.testing.MutableClock;
import org.madang.kiosk.testing.TestContent;
import org.madang.kiosk.testing.TestDevice;

class InstalledContentTest {

    @TempDir
    Path temp;

    private final Ed25519KeyPair central = Ed25519KeyPair.generate(new SecureRandom());
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
    private Path dataDir;
    private DeviceProfile profile;
    private ContentStore store;

    @BeforeEach
    void device() throws Exception {
        dataDir = TestDevice.create(temp.resolve("device"), Peripherals.none());
        ObjectNode tree = DeviceProfiles.toTree(DeviceProfiles.read(DeviceProfiles.fileIn(dataDir)));
        tree.withArray("trustedCentralKeys").addObject().put("kty", "OKP").put("crv", "Ed25519").put("kid", "central-1")
                .put("x", central.publicKey().jwkX());
        profile = DeviceProfiles.fromTree(tree);
        DeviceProfiles.write(DeviceProfiles.fileIn(dataDir), profile);
        store = ContentStore.in(dataDir, java.util.Map.of("central-1", central.publicKey()));
    }

    @Test
    void picksUpABundleTheSyncAgentInstalledWhileRunning() throws Exception {
        install(1, "first-event");
        InstalledContent content = InstalledContent.open(profile, dataDir, clock, Duration.ofSeconds(5)).orElseThrow();
        assertThat(content.events()).extracting(e -> e.id()).containsExactly("first-event");

        install(2, "second-event");
        assertThat(content.events()).as("within the interval the file is not looked at").extracting(e -> e.id())
                .containsExactly("first-event");

        clock.advance(Duration.ofSeconds(5));
        assertThat(content.events()).extracting(e -> e.id()).containsExactly("second-event");
        assertThat(content.bundle().version()).isEqualTo(2);
    }

    @Test
    void keepsTheBundleInUseWhenTheInstalledFileIsDamaged() throws Exception {
        install(1, "first-event");
        InstalledContent content = InstalledContent.open(profile, dataDir, clock, Duration.ofSeconds(5)).orElseThrow();

        Path current = store.directory().resolve(ContentStore.CURRENT);
        Files.delete(current);
        Files.writeString(current, "garbage", StandardCharsets.US_ASCII);
        clock.advance(Duration.ofSeconds(6));

        assertThat(content.bundle().version()).isEqualTo(1);
        assertThat(content.events()).extracting(e -> e.id()).containsExactly("first-event");
    }

    private void install(int version, String eventId) throws Exception {
        TestContent.install(store, central, "central-1", version, eventId);
    }
}
