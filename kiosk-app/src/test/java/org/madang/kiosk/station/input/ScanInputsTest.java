package org.madang.kiosk.station.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.kiosk.scan.serial.PtyPair;

class ScanInputsTest {

    @TempDir
    Path temp;

    private static List<String> read(ScanInput input) throws Exception {
        List<String> scans = new ArrayList<>();
        try (input) {
            input.readInto((payload, source) -> scans.add(payload + "@" + source));
        }
        return scans;
    }

    @Test
    void stdinReadsLinesFromStandardInput() throws Exception {
        ScanInput input = ScanInputs.open("stdin", new ByteArrayInputStream("member:a\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(read(input)).containsExactly("member:a@STDIN");
    }

    @Test
    void aSerialDevicePathIsReadThroughTheSerialScanner() throws Exception {
        Path scannerEnd = temp.resolve("ttyACM0");
        Path deviceEnd = temp.resolve("ttyDevice");
        Process socat = PtyPair.start(scannerEnd, deviceEnd);
        try {
            BlockingQueue<String> scans = new LinkedBlockingQueue<>();
            ScanInput input = ScanInputs.open(scannerEnd.toString(), InputStream.nullInputStream());
            Thread reader = Thread.ofPlatform().daemon().start(() -> {
                try {
                    input.readInto((payload, source) -> scans.add(payload + "@" + source));
                } catch (java.io.IOException e) {
                    scans.add("failed: " + e);
                }
            });
            Thread.sleep(200); // the scanner opens the port
            try (var device = Files.newOutputStream(deviceEnd)) {
                device.write("member:b\r\n".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(scans.poll(5, TimeUnit.SECONDS)).isEqualTo("member:b@SERIAL");
            input.close();
            reader.join(5_000);
            assertThat(reader.isAlive()).as("closing the input ends readInto").isFalse();
        } finally {
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aMissingSerialDeviceFailsToOpenNamingIt() throws Exception {
        try (ScanInput input = ScanInputs.open(temp.resolve("ttyUSB9").toString(), InputStream.nullInputStream())) {
            assertThatThrownBy(() -> input.readInto((payload, source) -> { }))
                    .isInstanceOf(java.io.IOException.class)
                    .hasMessageContaining("ttyUSB9");
        }
    }
}
