package org.madang.kiosk.hardware;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;
import org.madang.device.profile.Peripherals;
import org.madang.device.profile.PinMap;
import org.madang.kiosk.hardware.pi4j.Pi4jPeripherals;

/**
 * Opens the peripherals the device profile names, and only those: the provider is read from the
 * profile, never guessed from the board or the class path.
 */
public final class PeripheralsFactory {

    private final Path devDirectory;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier monotonicNanos;

    /**
     * @param devDirectory where GPIO character devices appear ({@code /dev})
     * @param scheduler times buzzer patterns
     * @param monotonicNanos debounces the call button
     */
    public PeripheralsFactory(Path devDirectory, ScheduledExecutorService scheduler, LongSupplier monotonicNanos) {
        this.devDirectory = devDirectory;
        this.scheduler = scheduler;
        this.monotonicNanos = monotonicNanos;
    }

    /**
     * Opens the peripherals of a profile.
     *
     * @param profileFile named in messages, so staff know which file to fix
     * @throws PeripheralsUnavailableException if {@code gpio} is asked for on a machine without GPIO
     */
    public DevicePeripherals open(Peripherals peripherals, Path profileFile) throws PeripheralsUnavailableException {
        return switch (peripherals.provider()) {
            case NONE -> DevicePeripherals.none();
            case MOCK -> Pi4jPeripherals.open(Pi4jPeripherals.mockContext(), pins(peripherals), scheduler,
                    monotonicNanos);
            case GPIO -> gpio(pins(peripherals), profileFile);
        };
    }

    private DevicePeripherals gpio(PinMap pins, Path profileFile) throws PeripheralsUnavailableException {
        if (!GpioChips.present(devDirectory)) {
            throw new PeripheralsUnavailableException(PeripheralsUnavailableException.Reason.NO_GPIO_CHIP,
                    "peripherals.provider is gpio in " + profileFile + " but " + devDirectory + " has no gpiochip*",
                    List.of(profileFile.toString()), null);
        }
        try {
            return Pi4jPeripherals.open(Pi4jPeripherals.gpiodContext(), pins, scheduler, monotonicNanos);
        } catch (RuntimeException e) {
            // Pi4J reports native and permission failures as unchecked exceptions.
            throw new PeripheralsUnavailableException(PeripheralsUnavailableException.Reason.GPIO_FAILED,
                    "opening GPIO pins failed: " + e.getMessage(), List.of(profileFile.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    private static PinMap pins(Peripherals peripherals) {
        // The profile record guarantees pins for every provider that drives them.
        return peripherals.pins().orElseThrow();
    }
}
