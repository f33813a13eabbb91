package org.madang.kiosk.station.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

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
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/socat")), "socat is not installed (apt-get install socat)");
        Path scannerEnd = temp.resolve("ttyACM0");
        Path deviceEnd = temp.resolve("ttyDevice");
        Process socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + scannerEnd, "pty,raw,echo=0,link=" + deviceEnd)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            for (int i = 0; i < 1000 && !(Files.exists(scannerEnd) && Files.exists(deviceEnd)); i++) {
                Thread.sleep(10);
            }
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
