package org.madang.kiosk.station.input;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.madang.kiosk.scan.ScanSource;

/** Opens the station's {@code --input}: {@code stdin}, a Linux input device, or a serial device path. */
public final class ScanInputs {

    /** The value of {@code --input} that means standard input. */
    public static final String STDIN = "stdin";

    private ScanInputs() {
    }

    /**
     * Opens an input. A serial scanner's device is read as a plain file for now: USB CDC-ACM
     * scanners need no port settings to deliver their lines (the jSerialComm scanner replaces this).
     */
    public static ScanInput open(String spec, InputStream stdin) throws IOException {
        if (STDIN.equals(spec)) {
            return new LineScanInput(stdin, ScanSource.STDIN);
        }
        if (spec.startsWith("/dev/input/")) {
            return EvdevScanInput.forThisJvm(new FileInputStream(spec));
        }
        return new LineScanInput(new FileInputStream(spec), ScanSource.SERIAL);
    }
}
