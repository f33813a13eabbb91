package org.madang.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.madang.kiosk.ui.testing.QrImages;

class CameraSpecTest {

    @TempDir
    Path dir;

    @Test
    void noneMeansNoCamera() {
        assertThat(CameraSpec.parse("none")).isEqualTo(new CameraSpec.None());
    }

    @Test
    void rpicamIsThePiCameraModuleAsMjpeg() {
        assertThat(CameraSpec.parse("rpicam")).isEqualTo(new CameraSpec.Command(
                List.of("rpicam-vid", "-t", "0", "-n", "--codec", "mjpeg", "--width", "640", "--height", "480",
                        "--framerate", "15", "-o", "-")));
    }

    @Test
    void aCommandRunsThroughTheShellSoQuotingWorks() {
        assertThat(CameraSpec.parse("command:ffmpeg -i '/dev/video 0' -f mjpeg -")).isEqualTo(
                new CameraSpec.Command(List.of("/bin/sh", "-c", "ffmpeg -i '/dev/video 0' -f mjpeg -")));
    }

    @Test
    void aFolderOfImagesIsAccepted() throws IOException {
        QrImages.save(QrImages.blank(), dir.resolve("a.png"));
        assertThat(CameraSpec.parse("folder:" + dir)).isEqualTo(new CameraSpec.Folder(dir));
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "webcam           | must be one of none, folder:DIR, rpicam or command:CMD",
        "''               | must be one of",
        "NONE             | must be one of",
        "folder:          | needs a folder of images",
        "folder:/no/such  | there is no folder",
        "command:         | needs a command writing MJPEG",
        "command:   	    | needs a command writing MJPEG",
    })
    void badValuesAreRefusedWithAMessageNamingTheOption(String value, String message) {
        assertThatThrownBy(() -> CameraSpec.parse(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--camera").hasMessageContaining(message);
    }

    @Test
    void aFolderWithoutImagesIsRefused() throws IOException {
        Files.writeString(dir.resolve("readme.txt"), "no images here");
        assertThatThrownBy(() -> CameraSpec.parse("folder:" + dir)).hasMessageContaining("holds no PNG, JPEG");
    }
}
