package org.madang.kiosk.testing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.madang.kiosk.hardware.DevicePeripherals;

/** Peripherals that remember every signal, in order, as "led:WAITING" or "buzzer:SUCCESS". */
public final class RecordingPeripherals {

    private final List<String> signals = new CopyOnWriteArrayList<>();
    private final DevicePeripherals peripherals = new DevicePeripherals(state -> signals.add("led:" + state),
            pattern -> signals.add("buzzer:" + pattern), Optional.empty(), () -> signals.add("closed"));

    public DevicePeripherals peripherals() {
        return peripherals;
    }

    public List<String> signals() {
        return List.copyOf(signals);
    }
}
