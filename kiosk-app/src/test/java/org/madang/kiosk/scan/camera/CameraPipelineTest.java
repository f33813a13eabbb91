package org.madang.kiosk.scan.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole camera path on real threads: a command's MJPEG → frames → decoder → listener. */
class CameraPipelineTest {

    @TempDir
    Path dir;

    private final ExecutorService frames = Executors.newSingleThreadExecutor();
    private final ExecutorService decoding = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopThreads() throws InterruptedException {
        frames.shutdownNow();
        decoding.shutdownNow();
        frames.awaitTermination(5, TimeUnit.SECONDS);
        decoding.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void aCodeInTheCameraStreamReachesTheListenerOnceWhileStartReturnsAtOnce() throws Exception {
        var stream = new ByteArrayOutputStream();
        byte[] blank = TestImages.jpeg(TestImages.blank(640, 480));
        byte[] code = TestImages.jpeg(TestImages.qr("MDG1.member-77", 480));
        for (int i = 0; i < 20; i++) {
            stream.write(i % 4 == 0 ? blank : code);
        }
        Path mjpeg = dir.resolve("camera.mjpeg");
        Files.write(mjpeg, stream.toByteArray());

        BlockingQueue<String> scans = new LinkedBlockingQueue<>();
        var previews = new AtomicInteger();
        // The camera keeps running after its 20 frames: were start() to wait, the test would hang.
        var source = new CommandFrameSource(List.of("sh", "-c", "cat \"$0\"; exec sleep 60", mjpeg.toString()),
                Backoff.defaults(), d -> {
                    throw new InterruptedException("one run is enough");
                });
        // A stopped clock: however slowly this machine decodes the 20 frames, the de-bounce never
        // runs out, so "reported once" tests the de-bounce and not the machine's speed.
        var scanner = new CameraScanner(source, new QrDecoder(), frames, decoding,
                Clock.fixed(org.madang.kiosk.ui.testing.Fixtures.NOW, java.time.ZoneOffset.UTC),
                CameraScanner.DEFAULT_DEBOUNCE, (payload, from) -> scans.add(payload), image -> previews.incrementAndGet());
        try {
            scanner.start();

            assertThat(scans.poll(10, TimeUnit.SECONDS)).isEqualTo("MDG1.member-77");
            while (scanner.stats().frames() < 20) {
                Thread.onSpinWait();
            }
            scanner.close();
            frames.shutdown();
            assertThat(frames.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            decoding.shutdown();
            assertThat(decoding.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

            assertThat(scans).as("reported once").isEmpty();
            assertThat(previews.get()).isEqualTo(20);
            assertThat(scanner.stats().frames()).isEqualTo(20);
            assertThat(source.starts()).as("closing is not a crash to restart from").isEqualTo(1);
        } finally {
            scanner.close();
        }
    }
}
