package org.madang.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.kiosk.scan.ScanSource;

/** The kiosk's --scanner ports, on a socat pseudo-terminal pair standing in for a USB scanner. */
class SerialScannersTest {

    @TempDir
    Path dir;

    @Test
    void aScanOnASerialPortReachesTheKioskAndAMissingPortIsLeftOutWithoutStoppingIt() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/socat")), "socat is not installed (apt-get install socat)");
        Path scannerEnd = dir.resolve("ttyScanner");
        Path deviceEnd = dir.resolve("ttyDevice");
        Process socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + scannerEnd, "pty,raw,echo=0,link=" + deviceEnd)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Instant deadline = Instant.now().plusSeconds(10);
            while (!(Files.exists(scannerEnd) && Files.exists(deviceEnd))) {
                assertThat(Instant.now()).as("socat made its links").isBefore(deadline);
                Thread.onSpinWait();
            }
            BlockingQueue<String> scans = new LinkedBlockingQueue<>();
            String missing = dir.resolve("ttyACM9").toString();
            try (SerialScanners scanners = SerialScanners.start(List.of(missing, scannerEnd.toString()),
                    (payload, source) -> scans.add(source + " " + payload), System::nanoTime, d -> { })) {
                assertThat(scanners.failed()).containsExactly(missing);
                assertThat(scanners.reading()).isEqualTo(1);
                try (OutputStream device = Files.newOutputStream(deviceEnd)) {
                    device.write("MDG1.member-token\r\n".getBytes(StandardCharsets.UTF_8));
                }
                assertThat(scans.poll(5, TimeUnit.SECONDS)).isEqualTo(ScanSource.SERIAL + " MDG1.member-token");
            }
        } finally {
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
