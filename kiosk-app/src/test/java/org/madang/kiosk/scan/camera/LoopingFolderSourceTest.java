package org.madang.kiosk.scan.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopingFolderSourceTest {

    @TempDir
    Path dir;

    private final List<Duration> waits = new ArrayList<>();

    @Test
    void theImagesComeRoundAgainInNameOrderOneIntervalApart() throws Exception {
        write("b.png");
        write("a.png");
        try (var source = new LoopingFolderSource(dir, Duration.ofMillis(250), waits::add)) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                labels.add(source.next().orElseThrow().label());
            }
            assertThat(labels).containsExactly("a.png", "b.png", "a.png", "b.png", "a.png");
            assertThat(waits).hasSize(4).allMatch(Duration.ofMillis(250)::equals);
        }
    }

    @Test
    void aFolderWithoutImagesIsRefused() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "not an image");
        assertThatThrownBy(() -> new LoopingFolderSource(dir, Duration.ofMillis(250), waits::add))
                .isInstanceOf(IOException.class).hasMessageContaining("no PNG, JPEG");
    }

    @Test
    void aClosedSourceEnds() throws Exception {
        write("a.png");
        var source = new LoopingFolderSource(dir, Duration.ofMillis(250), waits::add);
        source.close();
        assertThat(source.next()).isEmpty();
    }

    private void write(String name) throws IOException {
        ImageIO.write(TestImages.qr(name, 100), "png", dir.resolve(name).toFile());
    }
}
