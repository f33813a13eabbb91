package org.madang.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.kiosk.scan.ScanSource;
import org.madang.kiosk.scan.serial.PtyPair;
import org.slf4j.LoggerFactory;

/** The kiosk's --scanner ports, on a socat pseudo-terminal pair standing in for a USB scanner. */
class SerialScannersTest {

    @TempDir
    Path dir;

    @Test
    void aScanOnASerialPortReachesTheKioskAndAMissingPortIsLeftOutWithoutStoppingIt() throws Exception {
        Path scannerEnd = dir.resolve("ttyScanner");
        Path deviceEnd = dir.resolve("ttyDevice");
        Process socat = PtyPair.start(scannerEnd, deviceEnd);
        Logger logger = (Logger) LoggerFactory.getLogger(SerialScanners.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            BlockingQueue<String> scans = new LinkedBlockingQueue<>();
            String missing = dir.resolve("ttyACM9").toString();
            try (SerialScanners scanners = SerialScanners.start(List.of(missing, scannerEnd.toString()),
                    (payload, source) -> scans.add(source + " " + payload), System::nanoTime, d -> { })) {
                assertThat(scanners.failed()).containsExactly(missing);
                assertThat(log.list).anySatisfy(event -> {
                    assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                    assertThat(event.getFormattedMessage()).contains(missing, "the other scanners still work");
                });
                assertThat(scanners.reading()).isEqualTo(1);
                try (OutputStream device = Files.newOutputStream(deviceEnd)) {
                    device.write("MDG1.member-token\r\n".getBytes(StandardCharsets.UTF_8));
                }
                assertThat(scans.poll(5, TimeUnit.SECONDS)).isEqualTo(ScanSource.SERIAL + " MDG1.member-token");
            }
        } finally {
            logger.detachAppender(log);
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
