package org.madang.device.profile;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.madang.device.pin.AdminPinHash;

/**
 * Who the device is and what it does, as read from {@code <dataDir>/device-profile.json}.
 *
 * <p>Immutable. Obtain one from {@link DeviceProfiles}, which validates every field and reports
 * every problem; this record only guarantees that nothing is null and lists cannot change.
 *
 * @param schemaVersion the file format version ({@link DeviceProfiles#SCHEMA_VERSION})
 * @param deviceId the device's name, unique in the district, e.g. {@code gwangsan-wolgok1-01}
 * @param site the dong where the device stands
 * @param roles what the device does, in the order its home screen offers them
 * @param locales the languages it offers, Korean first
 * @param centralUrl the central server's base URL, always ending in {@code /}
 * @param trustedCentralKeys the central keys it believes; empty until enrolment
 * @param dataDir the absolute directory holding the profile, the keys and the journal
 * @param peripherals how buttons, lights and scanners are driven
 * @param adminPin the staff PIN's hash, if one is set
 * @param audio whether the kiosk reads ballots and questions aloud (espeak-ng); false unless the profile says so
 */
public record DeviceProfile(
        int schemaVersion,
        String deviceId,
        Site site,
        List<Role> roles,
        List<Language> locales,
        URI centralUrl,
        List<TrustedKey> trustedCentralKeys,
        Path dataDir,
        Peripherals peripherals,
        Optional<AdminPinHash> adminPin,
        boolean audio) {

    public DeviceProfile {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(site, "site");
        roles = List.copyOf(roles);
        locales = List.copyOf(locales);
        Objects.requireNonNull(centralUrl, "centralUrl");
        trustedCentralKeys = List.copyOf(trustedCentralKeys);
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(peripherals, "peripherals");
        Objects.requireNonNull(adminPin, "adminPin");
    }

    /** A profile without audio, as before the profile had the field. */
    public DeviceProfile(int schemaVersion, String deviceId, Site site, List<Role> roles, List<Language> locales,
            URI centralUrl, List<TrustedKey> trustedCentralKeys, Path dataDir, Peripherals peripherals,
            Optional<AdminPinHash> adminPin) {
        this(schemaVersion, deviceId, site, roles, locales, centralUrl, trustedCentralKeys, dataDir, peripherals,
                adminPin, false);
    }

    /** The same profile with another admin PIN hash. */
    public DeviceProfile withAdminPin(AdminPinHash hash) {
        return new DeviceProfile(schemaVersion, deviceId, site, roles, locales, centralUrl, trustedCentralKeys,
                dataDir, peripherals, Optional.of(hash), audio);
    }

    /** The same profile with audio on or off. */
    public DeviceProfile withAudio(boolean on) {
        return new DeviceProfile(schemaVersion, deviceId, site, roles, locales, centralUrl, trustedCentralKeys,
                dataDir, peripherals, adminPin, on);
    }
}
