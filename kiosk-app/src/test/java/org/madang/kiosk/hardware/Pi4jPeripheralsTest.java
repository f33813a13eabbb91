package org.madang.kiosk.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.madang.device.profile.PinMap;
import org.madang.kiosk.hardware.pi4j.Pi4jPeripherals;
import org.madang.kiosk.testing.ManualScheduler;

/** The Pi4J adapter on the mock plugin: pin states asserted step by step, time driven by hand. */
class Pi4jPeripheralsTest {

    private static final PinMap PINS = new PinMap(17, 27, 22, 18, OptionalInt.of(23));

    private final Context context = Pi4jPeripherals.mockContext();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final AtomicLong nanos = new AtomicLong();
    private final DevicePeripherals peripherals = Pi4jPeripherals.open(context, PINS, scheduler, nanos::get);

    @AfterEach
    void close() {
        if (!context.isShutdown()) {
            peripherals.close();
        }
    }

    private boolean high(String id) {
        return context.registry().get(id, DigitalOutput.class).state() == DigitalState.HIGH;
    }

    private String lit() {
        return (high(Pi4jPeripherals.LED_GREEN) ? "G" : "") + (high(Pi4jPeripherals.LED_AMBER) ? "A" : "")
                + (high(Pi4jPeripherals.LED_RED) ? "R" : "");
    }

    @Test
    void startsWithEverythingOff() {
        assertThat(lit()).isEmpty();
        assertThat(high(Pi4jPeripherals.BUZZER)).isFalse();
    }

    @Test
    void drivesTheNumberedPins() {
        assertThat(context.registry().get(Pi4jPeripherals.LED_GREEN, DigitalOutput.class).address()).isEqualTo(17);
        assertThat(context.registry().get(Pi4jPeripherals.BUZZER, DigitalOutput.class).address()).isEqualTo(18);
    }

    @ParameterizedTest
    @CsvSource({"SYNCED, G", "WAITING, A", "FAULT, R", "OFF, ''"})
    void lightsExactlyOneLampPerState(LedState state, String expected) {
        peripherals.led().show(LedState.FAULT);
        peripherals.led().show(LedState.SYNCED);

        peripherals.led().show(state);

        assertThat(lit()).isEqualTo(expected);
    }

    @Test
    void successIsOneShortBeep() {
        peripherals.buzzer().play(BuzzerPattern.SUCCESS);
        assertThat(high(Pi4jPeripherals.BUZZER)).isTrue();

        scheduler.advance(BuzzerScript.SHORT.minusMillis(1));
        assertThat(high(Pi4jPeripherals.BUZZER)).isTrue();
        scheduler.advance(Duration.ofMillis(1));
        assertThat(high(Pi4jPeripherals.BUZZER)).isFalse();
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void duplicateIsTwoShortBeeps() {
        peripherals.buzzer().play(BuzzerPattern.DUPLICATE);

        assertThat(high(Pi4jPeripherals.BUZZER)).isTrue();
        scheduler.advance(BuzzerScript.SHORT);
        assertThat(high(Pi4jPeripherals.BUZZER)).isFalse();
        scheduler.advance(BuzzerScript.GAP);
        assertThat(high(Pi4jPeripherals.BUZZER)).isTrue();
        scheduler.advance(BuzzerScript.SHORT);
        assertThat(high(Pi4jPeripherals.BUZZER)).isFalse();
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void failureIsOneLongBeep() {
        peripherals.buzzer().play(BuzzerPattern.FAILURE);

        scheduler.advance(BuzzerScript.LONG.minusMillis(1));
        assertThat(high(Pi4jPeripherals.BUZZER)).isTrue();
        scheduler.advance(Duration.ofMillis(1));
        assertThat(high(Pi4jPeripherals.BUZZER)).isFalse();
    }

    @Test
    void aNewPatternCutsTheOneStillPlaying() {
        peripherals.buzzer().play(BuzzerPattern.FAILURE);
        scheduler.advance(Duration.ofMillis(100));

        peripherals.buzzer().play(BuzzerPattern.SUCCESS);
        scheduler.advance(BuzzerScript.SHORT);

        assertThat(high(Pi4jPeripherals.BUZZER)).isFalse();
        scheduler.advance(BuzzerScript.LONG);
        assertThat(high(Pi4jPeripherals.BUZZER)).isFalse();
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void reportsOnePressPerPressOfTheCallButtonIgnoringContactBounce() {
        AtomicInteger presses = new AtomicInteger();
        peripherals.callButton().orElseThrow().onPress(presses::incrementAndGet);
        MockDigitalInput button = context.registry().get(Pi4jPeripherals.CALL_BUTTON, MockDigitalInput.class);
        button.mockState(DigitalState.HIGH); // idle: pulled up

        button.mockState(DigitalState.LOW); // pressed
        nanos.addAndGet(Duration.ofMillis(3).toNanos());
        button.mockState(DigitalState.HIGH); // bounce
        button.mockState(DigitalState.LOW);
        nanos.addAndGet(Duration.ofMillis(80).toNanos());
        button.mockState(DigitalState.HIGH); // released
        assertThat(presses).hasValue(1);

        nanos.addAndGet(DebouncedCallButton.DEBOUNCE.toNanos());
        button.mockState(DigitalState.LOW); // a second, deliberate press
        assertThat(presses).hasValue(2);
    }

    @Test
    void closingTurnsEverythingOff() {
        peripherals.led().show(LedState.FAULT);
        peripherals.buzzer().play(BuzzerPattern.FAILURE);
        DigitalOutput red = context.registry().get(Pi4jPeripherals.LED_RED, DigitalOutput.class);
        DigitalOutput buzzer = context.registry().get(Pi4jPeripherals.BUZZER, DigitalOutput.class);

        peripherals.close();

        assertThat(red.state()).isEqualTo(DigitalState.LOW);
        assertThat(buzzer.state()).isEqualTo(DigitalState.LOW);
        assertThat(context.isShutdown()).isTrue();
    }

    @Test
    void hasNoCallButtonWhenNoPinIsNamed() {
        Context other = Pi4jPeripherals.mockContext();
        try (DevicePeripherals without = Pi4jPeripherals.open(other, new PinMap(5, 6, 13, 19, OptionalInt.empty()),
                scheduler, nanos::get)) {
            assertThat(without.callButton()).isEmpty();
        }
    }
}
