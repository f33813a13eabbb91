package org.madang.kiosk.hardware.pi4j;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;
import org.madang.device.profile.PinMap;
import org.madang.kiosk.hardware.DebouncedCallButton;
import org.madang.kiosk.hardware.DevicePeripherals;
import org.madang.kiosk.hardware.DigitalLine;
import org.madang.kiosk.hardware.ScheduledBuzzer;
import org.madang.kiosk.hardware.TriColorLed;

/**
 * The peripherals on Pi4J 3 digital outputs and inputs, with the providers named explicitly
 * (gpiod for a real board, the mock plugin for demos and tests): auto-detection could pick a
 * provider by class path, which the profile rules out.
 */
public final class Pi4jPeripherals {

    /** Pi4J ids of the pins, also how tests find them in the context's registry. */
    public static final String LED_GREEN = "led-green";
    public static final String LED_AMBER = "led-amber";
    public static final String LED_RED = "led-red";
    public static final String BUZZER = "buzzer";
    public static final String CALL_BUTTON = "call-button";

    private Pi4jPeripherals() {
    }

    /** A context with only the mock digital providers: pins are simulated, inputs set by {@code mockState}. */
    public static Context mockContext() {
        return Pi4J.newContextBuilder().noAutoDetect()
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .build();
    }

    /** A context with only the gpiod providers, on the kernel's GPIO character device. */
    public static Context gpiodContext() {
        return Pi4J.newContextBuilder().noAutoDetect()
                .add(GpioDDigitalInputProvider.newInstance(), GpioDDigitalOutputProvider.newInstance())
                .build();
    }

    /**
     * Opens the pins of {@code pins} in {@code context}. Closing the result turns the outputs off
     * and shuts the context down.
     *
     * <p>The call button is wired between its pin and ground with the internal pull-up, so
     * pressed reads low: a broken wire then reads "not pressed" rather than a stuck press.
     */
    public static DevicePeripherals open(Context context, PinMap pins, ScheduledExecutorService scheduler,
            LongSupplier monotonicNanos) {
        try {
            return openPins(context, pins, scheduler, monotonicNanos);
        } catch (RuntimeException e) {
            // Release the pins already claimed, or a retry finds them busy.
            context.shutdown();
            throw e;
        }
    }

    private static DevicePeripherals openPins(Context context, PinMap pins, ScheduledExecutorService scheduler,
            LongSupplier monotonicNanos) {
        DigitalOutput green = output(context, LED_GREEN, pins.ledGreen());
        DigitalOutput amber = output(context, LED_AMBER, pins.ledAmber());
        DigitalOutput red = output(context, LED_RED, pins.ledRed());
        DigitalOutput buzzer = output(context, BUZZER, pins.buzzer());
        Optional<DebouncedCallButton> button = Optional.empty();
        if (pins.callButton().isPresent()) {
            DigitalInput input = context.create(DigitalInput.newConfigBuilder(context).id(CALL_BUTTON)
                    .address(pins.callButton().getAsInt()).pull(PullResistance.PULL_UP).build());
            DebouncedCallButton debounced = new DebouncedCallButton(monotonicNanos);
            input.addListener(event -> debounced.edge(event.state() == DigitalState.LOW));
            button = Optional.of(debounced);
        }
        List<DigitalOutput> outputs = List.of(green, amber, red, buzzer);
        return new DevicePeripherals(new TriColorLed(line(green), line(amber), line(red)),
                new ScheduledBuzzer(line(buzzer), scheduler), button.map(b -> b), () -> {
                    outputs.forEach(DigitalOutput::low);
                    context.shutdown();
                });
    }

    private static DigitalOutput output(Context context, String id, int pin) {
        return context.create(DigitalOutput.newConfigBuilder(context).id(id).address(pin)
                .initial(DigitalState.LOW).shutdown(DigitalState.LOW).build());
    }

    private static DigitalLine line(DigitalOutput output) {
        return on -> output.state(on ? DigitalState.HIGH : DigitalState.LOW);
    }
}
