package org.madang.kiosk.station.input;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.madang.kiosk.scan.ScanListener;
import org.madang.kiosk.scan.Sleeper;
import org.madang.kiosk.scan.serial.SerialScanner;
import org.madang.kiosk.scan.serial.SerialSettings;

/**
 * A serial (USB CDC-ACM) scanner as the station's input: the jSerialComm scanner sets the port
 * up and reopens it when the scanner is unplugged and plugged back, so this input never ends by
 * itself; it runs until the station is stopped.
 */
final class SerialScanInput implements ScanInput {

    private final SerialSettings settings;
    private final CountDownLatch closed = new CountDownLatch(1);
    private SerialScanner scanner;

    SerialScanInput(SerialSettings settings) {
        this.settings = settings;
    }

    @Override
    public void readInto(ScanListener listener) throws IOException {
        synchronized (this) {
            scanner = new SerialScanner(settings, listener, System::nanoTime, Sleeper.system());
            scanner.start();
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (scanner != null) {
            scanner.close();
        }
        closed.countDown();
    }
}
