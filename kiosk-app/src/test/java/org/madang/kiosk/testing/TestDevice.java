package org.madang.kiosk.testing;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.madang.device.keys.DeviceKeyStore;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.device.profile.Language;
import org.madang.device.profile.Peripherals;
import org.madang.device.profile.Role;
import org.madang.device.profile.Site;

/** A device's data directory as device-config init leaves it: profile and key (the journal comes on first open). */
public final class TestDevice {

    public static final String SITE = "1114055000";

    private TestDevice() {
    }

    public static Path create(Path dataDir, Peripherals peripherals) throws Exception {
        return create(dataDir, peripherals, List.of(Role.CHECKIN));
    }

    public static Path create(Path dataDir, Peripherals peripherals, List<Role> roles) throws Exception {
        Files.createDirectories(dataDir);
        DeviceProfile profile = new DeviceProfile(DeviceProfiles.SCHEMA_VERSION, "test-station-01",
                new Site(SITE, "명동"), roles, List.of(Language.KO, Language.EN),
                URI.create("https://central.example/"), List.of(), dataDir.toAbsolutePath(), peripherals,
                Optional.empty());
        DeviceProfiles.write(DeviceProfiles.fileIn(dataDir), profile);
        DeviceKeyStore.in(dataDir).create(new SecureRandom());
        return dataDir;
    }
}
