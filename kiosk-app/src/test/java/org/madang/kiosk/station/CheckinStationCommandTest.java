package org.madang.kiosk.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.content.CheckinLimit;
import org.madang.device.profile.PeripheralProvider;
import org.madang.device.profile.Peripherals;
import org.madang.device.profile.PinMap;
import org.madang.kiosk.testing.FakeCheckinContent;
import org.madang.kiosk.testing.FakeTokenVerifier;
import org.madang.kiosk.testing.TestDevice;

/** What the station says when it cannot start: Korean and English, naming what to fix. */
class CheckinStationCommandTest {

    @TempDir
    Path temp;

    private final FakeCheckinContent content = new FakeCheckinContent().add(FakeCheckinContent.event("cleanup",
            CheckinLimit.ONCE_PER_EVENT, Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z")));

    private StationFactory factory(Path dev) {
        return new StationFactory((profile, dir) -> new FakeTokenVerifier(), (profile, dir) -> content,
                Clock.systemUTC(), dev);
    }

    private StationStartException failure(StationFactory factory, Path dataDir, String event) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> factory.open(dataDir, event, new ByteArrayOutputStream()).close())
                .isInstanceOfSatisfying(StationStartException.class, e -> thrown[0] = e);
        return (StationStartException) thrown[0];
    }

    @Test
    void refusesGpioOnAMachineWithoutGpioNamingTheProfileKey() throws Exception {
        Path dataDir = TestDevice.create(temp.resolve("device"),
                Peripherals.onPins(PeripheralProvider.GPIO, new PinMap(17, 27, 22, 18, OptionalInt.empty())));
        Path noGpio = Files.createDirectory(temp.resolve("dev"));

        StationStartException e = failure(factory(noGpio), dataDir, "cleanup");

        assertThat(e.exitCode()).isEqualTo(StationStartException.ENVIRONMENT);
        assertThat(e.userMessage(Locale.KOREAN)).contains("peripherals.provider", "해결:");
        assertThat(e.userMessage(Locale.ROOT)).contains("peripherals.provider", "Fix:");
    }

    @Test
    void refusesAnEventTheContentDoesNotHave() throws Exception {
        Path dataDir = TestDevice.create(temp.resolve("device"), Peripherals.none());

        StationStartException e = failure(factory(temp), dataDir, "no-such-event");

        assertThat(e.exitCode()).isEqualTo(StationStartException.INVALID);
        assertThat(e.userMessage(Locale.KOREAN)).contains("no-such-event", "해결:");
        assertThat(e.userMessage(Locale.ROOT)).contains("no-such-event", "--event");
    }

    @Test
    void refusesADeviceWhoseProfileDoesNotTakeCheckins() throws Exception {
        Path dataDir = TestDevice.create(temp.resolve("device"), Peripherals.none(),
                java.util.List.of(org.madang.device.profile.Role.VOTE));

        StationStartException e = failure(factory(temp), dataDir, "cleanup");

        assertThat(e.exitCode()).isEqualTo(StationStartException.INVALID);
        assertThat(e.userMessage(Locale.KOREAN)).contains("checkin", "해결:");
        assertThat(e.userMessage(Locale.ROOT)).contains("roles", "Fix:");
    }

    @Test
    void refusesAMissingDataDirectory() {
        StationStartException e = failure(factory(temp), temp.resolve("missing"), "cleanup");

        assertThat(e.exitCode()).isEqualTo(StationStartException.ENVIRONMENT);
        assertThat(e.userMessage(Locale.ROOT)).contains("device-config init");
    }

    @Test
    void refusesADataDirectoryWithoutProfile() throws Exception {
        StationStartException e = failure(factory(temp), Files.createDirectory(temp.resolve("empty")), "cleanup");

        assertThat(e.userMessage(Locale.KOREAN)).contains("device-profile.json", "해결:");
    }

    @Test
    void refusesASecondStationOnTheSameJournal() throws Exception {
        Path dataDir = TestDevice.create(temp.resolve("device"), Peripherals.none());
        try (OpenStation first = factory(temp).open(dataDir, "cleanup", new ByteArrayOutputStream())) {
            StationStartException e = failure(factory(temp), dataDir, "cleanup");

            assertThat(e.userMessage(Locale.ROOT)).contains("in use by another program");
            assertThat(first.station()).isNotNull();
        }
    }

    @Test
    void refusesToStartWithoutAnInstalledContentBundleSayingHowToGetOne() throws Exception {
        Path dataDir = TestDevice.create(temp.resolve("device"), Peripherals.none());

        StationStartException e = failure(StationFactory.forDevice(), dataDir, "cleanup");

        assertThat(e.exitCode()).isEqualTo(StationStartException.ENVIRONMENT);
        assertThat(e.userMessage(Locale.KOREAN)).contains("콘텐츠 묶음").contains("content-install");
        assertThat(e.userMessage(Locale.ROOT)).contains("content bundle").contains("content-install");
    }

    @Test
    void everyStationMessageHasKoreanAndEnglishText() {
        var en = java.util.ResourceBundle.getBundle("org.madang.kiosk.station.messages", Locale.ROOT);
        var ko = java.util.ResourceBundle.getBundle("org.madang.kiosk.station.messages", Locale.KOREAN);
        for (String key : en.keySet()) {
            assertThat(ko.getString(key)).as(key).isNotEqualTo(en.getString(key)).contains("해결:");
            assertThat(en.getString(key)).as(key).contains("Fix:");
        }
    }
}
