package org.madang.kiosk.scan.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.kiosk.scan.ScanSource;

/**
 * The real jSerialComm adapter on a pseudo-terminal pair made by socat: the test writes what a
 * scanner would send into one end, the scanner reads the other (socat: .ci/run installs it).
 */
class SerialScannerPtyTest {

    @TempDir
    Path dir;

    private Process socat;
    private Path scannerEnd;
    private Path deviceEnd;

    private record Scan(String payload, ScanSource source) {
    }

    @BeforeEach
    void startPtyPair() throws Exception {
        // Symbolic links, like /dev/serial/by-id/..., which is how a profile should name a scanner.
        scannerEnd = dir.resolve("ttyScanner");
        deviceEnd = dir.resolve("ttyDevice");
        startSocat();
    }

    private void startSocat() throws Exception {
        socat = PtyPair.start(scannerEnd, deviceEnd);
    }

    @AfterEach
    void stopPtyPair() throws InterruptedException {
        if (socat != null) {
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void linesWrittenByTheDeviceArriveAsSerialScans() throws Exception {
        BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();
        try (var scanner = new SerialScanner(SerialSettings.defaults(scannerEnd.toString()),
                (p, s) -> scans.add(new Scan(p, s)), System::nanoTime, d -> { })) {
            scanner.start();
            try (OutputStream device = Files.newOutputStream(deviceEnd)) {
                device.write("MDG1.token-one\r\n회원-둘\r".getBytes(StandardCharsets.UTF_8));
                device.flush();
                assertThat(scans.poll(5, TimeUnit.SECONDS)).isEqualTo(new Scan("MDG1.token-one", ScanSource.SERIAL));
                assertThat(scans.poll(5, TimeUnit.SECONDS)).isEqualTo(new Scan("회원-둘", ScanSource.SERIAL));
                device.write("NO-SUFFIX".getBytes(StandardCharsets.UTF_8));
                device.flush();
                assertThat(scans.poll(5, TimeUnit.SECONDS)).isEqualTo(new Scan("NO-SUFFIX", ScanSource.SERIAL));
            }
        }
    }

    @Test
    void aScannerUnpluggedAndPluggedBackIsReopened() throws Exception {
        BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();
        var reopenWaits = new java.util.concurrent.atomic.AtomicInteger();
        var pluggedBack = new java.util.concurrent.CountDownLatch(1);
        try (var scanner = new SerialScanner(SerialSettings.defaults(scannerEnd.toString()),
                (p, s) -> scans.add(new Scan(p, s)), System::nanoTime, d -> {
                    reopenWaits.incrementAndGet();
                    pluggedBack.await();
                })) {
            scanner.start();
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
            Instant deadline = Instant.now().plusSeconds(10);
            while (reopenWaits.get() == 0) {
                assertThat(Instant.now()).as("the scanner noticed the port failing").isBefore(deadline);
                Thread.onSpinWait();
            }
            Files.deleteIfExists(scannerEnd);
            Files.deleteIfExists(deviceEnd);
            startSocat();
            pluggedBack.countDown();
            try (OutputStream device = Files.newOutputStream(deviceEnd)) {
                device.write("AFTER-REPLUG\r".getBytes(StandardCharsets.UTF_8));
                device.flush();
                assertThat(scans.poll(5, TimeUnit.SECONDS)).isEqualTo(new Scan("AFTER-REPLUG", ScanSource.SERIAL));
            }
        }
    }

    @Test
    void aPathWithNoPortIsRefusedAtStart() {
        var scanner = new SerialScanner(SerialSettings.defaults(dir.resolve("ttyNothing").toString()),
                (p, s) -> { }, System::nanoTime, d -> { });
        assertThatThrownBy(scanner::start).isInstanceOf(IOException.class).hasMessageContaining("ttyNothing");
    }

    @Test
    void closeReturnsOnlyOnceTheReaderHasStopped() throws Exception {
        var scanner = new SerialScanner(SerialSettings.defaults(scannerEnd.toString()),
                (p, s) -> { }, System::nanoTime, d -> { });
        scanner.start();
        assertThat(scanner.reading()).isTrue();

        scanner.close();

        // Not a timing: close() joins the reader for up to 2 s, and the reader must have ended
        // (within its 50 ms read timeout), not merely outlasted the join.
        assertThat(scanner.reading()).isFalse();
    }
}
