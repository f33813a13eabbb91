package org.madang.kiosk.station.input;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.scan.serial.SerialSettings;

/** Opens the station's {@code --input}: {@code stdin}, a Linux input device, or a serial device path. */
public final class ScanInputs {

    /** The value of {@code --input} that means standard input. */
    public static final String STDIN = "stdin";

    private ScanInputs() {
    }

    /** Opens an input: {@code stdin}, {@code /dev/input/eventN} (evdev), or a serial device path. */
    public static ScanInput open(String spec, InputStream stdin) throws IOException {
        if (STDIN.equals(spec)) {
            return new LineScanInput(stdin, ScanSource.STDIN);
        }
        if (spec.startsWith("/dev/input/")) {
            return EvdevScanInput.forThisJvm(new FileInputStream(spec));
        }
        return new SerialScanInput(SerialSettings.defaults(spec));
    }
}
