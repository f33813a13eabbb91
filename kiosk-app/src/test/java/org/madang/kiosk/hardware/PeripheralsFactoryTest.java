package org.madang.kiosk.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.profile.PeripheralProvider;
import org.madang.device.profile.Peripherals;
import org.madang.device.profile.PinMap;
import org.madang.kiosk.testing.ManualScheduler;

class PeripheralsFactoryTest {

    private static final PinMap PINS = new PinMap(17, 27, 22, 18, OptionalInt.of(23));

    @TempDir
    Path dev;

    private final PeripheralsFactory factory = new PeripheralsFactory(Path.of("/nonexistent-dev"), new ManualScheduler(),
            System::nanoTime);

    @Test
    void providerNoneOpensNothingAndAcceptsEverySignal() {
        try (DevicePeripherals none = factory.open(Peripherals.none(), Path.of("/p.json"))) {
            none.led().show(LedState.FAULT);
            none.buzzer().play(BuzzerPattern.FAILURE);
            assertThat(none.callButton()).isEmpty();
        } catch (PeripheralsUnavailableException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void providerMockOpensSimulatedPinsWithTheCallButton() throws Exception {
        try (DevicePeripherals mock = factory.open(Peripherals.onPins(PeripheralProvider.MOCK, PINS), Path.of("/p.json"))) {
            mock.led().show(LedState.SYNCED);
            assertThat(mock.callButton()).isPresent();
        }
    }

    @Test
    void providerGpioWithoutAGpioChipFailsNamingTheProfileKeyAndTheFixInBothLanguages() {
        PeripheralsFactory withoutChips = new PeripheralsFactory(dev, new ManualScheduler(), System::nanoTime);

        assertThatThrownBy(() -> withoutChips.open(Peripherals.onPins(PeripheralProvider.GPIO, PINS),
                Path.of("/var/lib/madang/device-profile.json")))
                .isInstanceOfSatisfying(PeripheralsUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PeripheralsUnavailableException.Reason.NO_GPIO_CHIP);
                    assertThat(e.userMessage(Locale.KOREAN)).contains("peripherals.provider", "해결:",
                            "/var/lib/madang/device-profile.json", "none");
                    assertThat(e.userMessage(Locale.ROOT)).contains("peripherals.provider", "Fix:", "none");
                });
    }

    @Test
    void seesAGpioChipOnlyWhereOneIs() throws Exception {
        assertThat(GpioChips.present(dev)).isFalse();
        java.nio.file.Files.createFile(dev.resolve("gpiochip0"));

        assertThat(GpioChips.present(dev)).isTrue();
        assertThat(GpioChips.present(dev.resolve("missing"))).isFalse();
    }
}
