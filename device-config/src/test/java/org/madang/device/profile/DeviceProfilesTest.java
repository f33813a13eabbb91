package org.madang.device.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.pin.AdminPinHash;

class DeviceProfilesTest {

    @TempDir
    Path temp;

    @Test
    void readsTheDocumentedExample() throws Exception {
        DeviceProfile profile = DeviceProfiles.fromTree(ProfileJson.valid());

        assertThat(profile.deviceId()).isEqualTo("gwangsan-wolgok1-01");
        assertThat(profile.site()).isEqualTo(new Site("1114055000", "명동"));
        assertThat(profile.roles()).containsExactly(Role.CHECKIN, Role.VOTE, Role.SURVEY);
        assertThat(profile.locales()).containsExactly(Language.KO, Language.EN);
        assertThat(profile.trustedCentralKeys()).singleElement().extracting(TrustedKey::kid).isEqualTo("central-2026");
        assertThat(profile.dataDir()).isEqualTo(Path.of("/var/lib/madang"));
        assertThat(profile.peripherals().provider()).isEqualTo(PeripheralProvider.NONE);
        assertThat(profile.adminPin()).isEmpty();
    }

    @Test
    void writesWhatItReadsBackWithMode0640AndNoTemporaryFile() throws Exception {
        DeviceProfile profile = DeviceProfiles.fromTree(ProfileJson.valid())
                .withAdminPin(new AdminPinHash(AdminPinHash.DEFAULT_ITERATIONS, salt(), new byte[32]));
        Path file = temp.resolve(DeviceProfiles.FILE_NAME);

        DeviceProfiles.write(file, profile);

        assertThat(DeviceProfiles.read(file)).isEqualTo(profile);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void replacesAnExistingProfileWhole() throws Exception {
        Path file = temp.resolve(DeviceProfiles.FILE_NAME);
        DeviceProfiles.write(file, DeviceProfiles.fromTree(ProfileJson.valid()));
        var changed = ProfileJson.valid();
        changed.put("deviceId", "gwangsan-wolgok1-02");

        DeviceProfiles.write(file, DeviceProfiles.fromTree(changed));

        assertThat(DeviceProfiles.read(file).deviceId()).isEqualTo("gwangsan-wolgok1-02");
    }

    @Test
    void addsTheTrailingSlashTheSyncAgentResolvesAgainst() throws Exception {
        var tree = ProfileJson.valid();
        tree.put("centralUrl", "https://central.example.go.kr/madang");

        assertThat(DeviceProfiles.fromTree(tree).centralUrl()).hasToString("https://central.example.go.kr/madang/");
    }

    private static byte[] salt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return salt;
    }
}
