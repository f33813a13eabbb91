package org.madang.device.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Which GPIO pins (BCM numbers) drive the status LED, the buzzer and the staff call button.
 *
 * <p>The LED is three single-colour LEDs (or one common-cathode RGB LED) on three pins, because a
 * resident who cannot read the screen still tells green from red at a glance.
 *
 * @param ledGreen pin of the green LED (everything uploaded)
 * @param ledAmber pin of the amber LED (records waiting)
 * @param ledRed pin of the red LED (needs staff)
 * @param buzzer pin of the active buzzer
 * @param callButton pin of the staff call button, if one is fitted
 */
public record PinMap(int ledGreen, int ledAmber, int ledRed, int buzzer, OptionalInt callButton) {

    /** The lowest BCM pin number on a Raspberry Pi's 40-pin header. */
    public static final int MIN_PIN = 0;
    /** The highest BCM pin number on a Raspberry Pi's 40-pin header. */
    public static final int MAX_PIN = 27;

    public PinMap {
        if (callButton == null) {
            throw new NullPointerException("callButton");
        }
        Map<Integer, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> pin : byName(ledGreen, ledAmber, ledRed, buzzer, callButton).entrySet()) {
            int number = pin.getValue();
            if (number < MIN_PIN || number > MAX_PIN) {
                throw new IllegalArgumentException(pin.getKey() + " is pin " + number + "; BCM pins are "
                        + MIN_PIN + " to " + MAX_PIN);
            }
            String other = seen.putIfAbsent(number, pin.getKey());
            if (other != null) {
                throw new IllegalArgumentException(pin.getKey() + " and " + other + " both use pin " + number);
            }
        }
    }

    /** The pins by their profile field name, in the documented order. */
    public Map<String, Integer> byName() {
        return byName(ledGreen, ledAmber, ledRed, buzzer, callButton);
    }

    private static Map<String, Integer> byName(int green, int amber, int red, int buzzer, OptionalInt button) {
        Map<String, Integer> pins = new LinkedHashMap<>();
        pins.put("ledGreen", green);
        pins.put("ledAmber", amber);
        pins.put("ledRed", red);
        pins.put("buzzer", buzzer);
        button.ifPresent(pin -> pins.put("callButton", pin));
        return pins;
    }
}
