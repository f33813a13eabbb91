package org.madang.kiosk.station.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
    void anyOtherPathIsReadAsASerialScannersLines() throws Exception {
        Path tty = Files.writeString(temp.resolve("ttyACM0"), "member:b\r\n");

        assertThat(read(ScanInputs.open(tty.toString(), InputStream.nullInputStream()))).containsExactly("member:b@SERIAL");
    }

    @Test
    void aMissingDeviceFailsToOpen() {
        assertThatThrownBy(() -> ScanInputs.open(temp.resolve("ttyUSB9").toString(), InputStream.nullInputStream()))
                .isInstanceOf(FileNotFoundException.class);
    }
}
