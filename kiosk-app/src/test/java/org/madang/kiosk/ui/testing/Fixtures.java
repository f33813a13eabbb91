package org.madang.kiosk.ui.testing;

import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.madang.device.content.CheckinLimit;
import org.madang.device.content.Event;
import org.madang.device.pin.AdminPinHash;
import org.madang.device.profile.Site;
import org.madang.device.token.StaffToken;
import org.madang.device.token.TokenCheck;
import org.madang.device.token.TokenRejection;
import org.madang.device.token.TokenType;
import org.madang.device.token.TokenVerifier;
import org.madang.kiosk.ui.port.DeviceStatus;
import org.madang.kiosk.ui.port.KioskServices;
import org.madang.kiosk.ui.port.SyncState;

/** Shared test data: one open event, a staff card, a cheap PIN hash. */
public final class Fixtures {

    /** 2026-11-22 10:00 in Seoul. */
    public static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    public static final String STAFF_CARD = "STAFF-CARD";
    public static final String PIN = "482915";
    public static final Event CLEANUP = new Event("cleanup", "마을 대청소의 날", "Village clean-up day",
            Optional.of("1114055000"), NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(5)), 1000,
            CheckinLimit.ONCE_PER_EVENT);
    public static final Event ASSEMBLY = new Event("assembly", "주민총회 설명회", "Residents' assembly briefing",
            Optional.empty(), NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(1)), 500,
            CheckinLimit.ONCE_PER_DAY);
    /** A device whose 1,234 records are all at the central, last synced at 09:58 Seoul time. */
    public static final DeviceStatus STATUS = new DeviceStatus("myeongdong-01", new Site("1114055000", "명동"), true,
            245_760, 1234, SyncState.SYNCED, Optional.of(NOW.minus(Duration.ofMinutes(2))), 0, Optional.empty());
    /** The same device with 17 records waiting for the network. */
    public static final DeviceStatus WAITING_STATUS = new DeviceStatus(STATUS.deviceId(), STATUS.site(), true,
            245_760, 1234, SyncState.WAITING, STATUS.lastSync(), 17, Optional.empty());
    /** The same device whose upload fails because the central no longer knows it (longest code). */
    public static final DeviceStatus FAILING_STATUS = new DeviceStatus(STATUS.deviceId(), STATUS.site(), true,
            245_760, 1234, SyncState.FAILING, STATUS.lastSync(), 17, Optional.of("DEVICE_NOT_ENROLLED"));
    /** Failing because TLS refused the central's certificate: the longest problem line staff read. */
    public static final DeviceStatus UNTRUSTED_STATUS = new DeviceStatus(STATUS.deviceId(), STATUS.site(), true,
            245_760, 1234, SyncState.FAILING, STATUS.lastSync(), 17, Optional.of("UNTRUSTED_CERTIFICATE"));
    /** The same device before its first sync: 1,234 records waiting, no last sync time. */
    public static final DeviceStatus NEVER_SYNCED_STATUS = new DeviceStatus(STATUS.deviceId(), STATUS.site(), true,
            245_760, 1234, SyncState.NOT_SYNCED_YET, Optional.empty(), 1234, Optional.empty());

    private Fixtures() {
    }

    /** Accepts {@link #STAFF_CARD} as a staff card named 김민지; everything else is a member code, not staff. */
    public static TokenVerifier staffVerifier() {
        return (scanned, expected) -> scanned.equals(STAFF_CARD) && expected == TokenType.STAFF
                ? new TokenCheck.Accepted(new StaffToken("s-1", "김민지", "k1", NOW, NOW.plusSeconds(3600)), true)
                : new TokenCheck.Rejected(TokenRejection.WRONG_TYPE, "not staff");
    }

    /** A PBKDF2 hash of {@link #PIN} with few iterations (tests cannot afford 600,000). */
    public static AdminPinHash pinHash() {
        byte[] salt = new byte[AdminPinHash.SALT_BYTES];
        PBEKeySpec spec = new PBEKeySpec(PIN.toCharArray(), salt, 1000, AdminPinHash.HASH_BYTES * 8);
        try {
            return new AdminPinHash(1000, salt,
                    SecretKeyFactory.getInstance(AdminPinHash.ALGORITHM).generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Services around {@code desk} with the fixtures' events, status and PIN. */
    public static KioskServices services(FakeCheckinDesk desk, RecordingTones tones) {
        return services(desk, tones, STATUS);
    }

    /** Services around {@code desk} with the fixtures' events and PIN, and {@code status} in staff mode. */
    public static KioskServices services(FakeCheckinDesk desk, RecordingTones tones, DeviceStatus status) {
        return new KioskServices(desk, staffVerifier(), () -> List.of(CLEANUP, ASSEMBLY), () -> status,
                Optional.of(pinHash()), tones, false);
    }
}
