package org.madang.kiosk.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.madang.kiosk.scan.ScanListener;
import org.madang.kiosk.scan.Sleeper;
import org.madang.kiosk.scan.serial.SerialScanner;
import org.madang.kiosk.scan.serial.SerialSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The touchscreen's serial (USB CDC-ACM) scanners: each port given with {@code --scanner} feeds
 * the same check-in as keyboard-wedge scanners and the camera. A port that cannot be opened is
 * logged and left out — the kiosk must still come up for the other inputs — and the ones that
 * opened are reopened by {@link SerialScanner} when unplugged and plugged back.
 */
final class SerialScanners implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SerialScanners.class);

    private final List<SerialScanner> open;
    private final List<String> failed;

    private SerialScanners(List<SerialScanner> open, List<String> failed) {
        this.open = open;
        this.failed = failed;
    }

    static SerialScanners start(List<String> ports, ScanListener listener, LongSupplier nanoTime, Sleeper sleeper) {
        List<SerialScanner> open = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String port : ports) {
            SerialScanner scanner = new SerialScanner(SerialSettings.defaults(port), listener, nanoTime, sleeper);
            try {
                scanner.start();
                open.add(scanner);
                LOG.info("Serial scanner {} opened", port);
            } catch (IOException | RuntimeException e) {
                scanner.close();
                failed.add(port);
                LOG.error("Serial scanner {} could not be opened ({}); the other scanners still work. "
                        + "시리얼 스캐너 {}를 열 수 없습니다: 경로와 dialout 그룹을 확인하세요.", port, e.getMessage(), port);
            }
        }
        return new SerialScanners(List.copyOf(open), List.copyOf(failed));
    }

    /** The ports that could not be opened at start. */
    List<String> failed() {
        return failed;
    }

    /** How many scanners are reading. */
    int reading() {
        return open.size();
    }

    @Override
    public void close() {
        open.forEach(SerialScanner::close);
    }
}
