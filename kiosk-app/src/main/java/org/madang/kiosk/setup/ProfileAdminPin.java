package org.madang.kiosk.setup;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.madang.device.pin.AdminPinHash;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.device.profile.ProfileException;

/**
 * Writes a chosen admin PIN into the terminal's profile as its PBKDF2 hash (the same hash
 * {@code device-config provision --admin-pin-stdin} writes). Slow on purpose (600,000 iterations):
 * call it off the UI thread.
 */
public final class ProfileAdminPin {

    private final Path dataDir;
    private final SecureRandom random;

    public ProfileAdminPin(Path dataDir, SecureRandom random) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Hashes {@code pin} into the profile, then wipes it. */
    public void save(char[] pin) throws IOException {
        try {
            Path file = DeviceProfiles.fileIn(dataDir);
            DeviceProfile profile = DeviceProfiles.read(file);
            DeviceProfiles.write(file, profile.withAdminPin(AdminPinHash.derive(pin, random)));
        } catch (ProfileException e) {
            throw new IOException("the profile cannot be read back: " + e.getMessage(), e);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }
}
