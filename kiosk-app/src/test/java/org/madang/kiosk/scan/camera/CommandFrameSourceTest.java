package org.madang.kiosk.scan.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real commands ({@code cat} of an MJPEG file) with a recording sleeper instead of waits. */
class CommandFrameSourceTest {

    @TempDir
    Path dir;

    private Path mjpeg(int frames) throws Exception {
        var out = new ByteArrayOutputStream();
        out.write("camera warming up\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (int i = 0; i < frames; i++) {
            out.write(TestImages.jpeg(TestImages.qr("member-" + i, 160)));
        }
        byte[] last = TestImages.jpeg(TestImages.blank(64, 48));
        out.write(last, 0, last.length / 2); // the command died mid-frame
        Path file = dir.resolve("stream.mjpeg");
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void framesComeDecodedAndAreReadable() throws Exception {
        Path file = mjpeg(3);
        var waits = new ArrayList<Duration>();
        try (var source = new CommandFrameSource(List.of("cat", file.toString()), Backoff.defaults(), waits::add)) {
            var decoder = new QrDecoder();
            for (int i = 0; i < 3; i++) {
                Frame frame = source.next().orElseThrow();
                assertThat(decoder.decode(frame.image())).contains("member-" + i);
                assertThat(frame.label()).isEqualTo("frame-" + (i + 1));
            }
        }
        assertThat(waits).isEmpty();
    }

    @Test
    void aCommandThatEndsIsRestartedAfterABackoffThatResetsOnceFramesFlow() throws Exception {
        Path file = mjpeg(2);
        var waits = new ArrayList<Duration>();
        var backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));
        try (var source = new CommandFrameSource(List.of("cat", file.toString()), backoff, waits::add)) {
            for (int i = 0; i < 6; i++) {
                assertThat(source.next()).isPresent();
            }
            assertThat(source.starts()).isEqualTo(3);
        }
        // Each run delivered frames, so every restart waited the first step only.
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
    }

    @Test
    void aCommandThatNeverDeliversIsRetriedWithDoublingWaitsUpToTheMax() throws Exception {
        var waits = new ArrayList<Duration>();
        var backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(2));
        var source = new CommandFrameSource(List.of("true"), backoff, d -> {
            waits.add(d);
            if (waits.size() == 5) {
                throw new InterruptedException("test stops the retries");
            }
        });
        try (source) {
            assertThatThrownBy(source::next).isInstanceOf(InterruptedException.class);
        }
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void aMissingProgramIsRetriedLikeADeadOne() throws Exception {
        var waits = new ArrayList<Duration>();
        var source = new CommandFrameSource(List.of(dir.resolve("no-such-camera").toString()), Backoff.defaults(), d -> {
            waits.add(d);
            throw new InterruptedException("stop");
        });
        try (source) {
            assertThatThrownBy(source::next).isInstanceOf(InterruptedException.class);
        }
        assertThat(waits).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void closeFromAnotherThreadEndsABlockedRead() throws Exception {
        var source = new CommandFrameSource(List.of("sleep", "30"), Backoff.defaults(), d -> { });
        var result = new ArrayList<Optional<Frame>>();
        Thread reader = Thread.ofPlatform().start(() -> {
            try {
                result.add(source.next());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        while (source.starts() == 0) {
            Thread.onSpinWait();
        }
        source.close();
        reader.join(Duration.ofSeconds(10));

        assertThat(reader.isAlive()).isFalse();
        assertThat(result).containsExactly(Optional.empty());
    }
}
