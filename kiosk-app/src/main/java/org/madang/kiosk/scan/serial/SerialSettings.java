package org.madang.kiosk.scan.serial;

import java.time.Duration;
import java.util.Objects;

/**
 * How to open a serial scanner. Defaults match CDC-ACM scanners out of the box: 9600 baud, 8N1
 * (a CDC-ACM device ignores the rate, a real UART does not).
 *
 * @param port the device path, e.g. {@code /dev/ttyACM0} or a {@code /dev/serial/by-id/...} link
 * @param parity one of {@code com.fazecast.jSerialComm.SerialPort}'s parity constants
 * @param stopBits one of its stop-bit constants (1 = one stop bit)
 * @param maxLineBytes the longest payload kept
 * @param idleTimeout how long a partial line may wait for its terminator before it counts as complete
 */
public record SerialSettings(String port, int baudRate, int dataBits, int parity, int stopBits, int maxLineBytes,
        Duration idleTimeout) {

    public SerialSettings {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (port.isBlank()) {
            throw new IllegalArgumentException("scan.serial.port is empty; give a device path such as /dev/ttyACM0");
        }
        if (baudRate < 300 || baudRate > 4_000_000) {
            throw new IllegalArgumentException("scan.serial.baud-rate is " + baudRate + "; it must be 300..4000000");
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("scan.serial.data-bits is " + dataBits + "; it must be 5..8");
        }
        if (parity < 0 || parity > 4) {
            throw new IllegalArgumentException("scan.serial.parity is " + parity + "; it must be 0..4 (0 = none)");
        }
        if (stopBits < 1 || stopBits > 3) {
            throw new IllegalArgumentException("scan.serial.stop-bits is " + stopBits + "; it must be 1..3");
        }
    }

    /** {@code port} at 9600 8N1, 4,096-byte lines, 200 ms idle timeout. */
    public static SerialSettings defaults(String port) {
        return new SerialSettings(port, 9600, 8, 0, 1, 4096, Duration.ofMillis(200));
    }
}
