package org.madang.kiosk.scan.camera;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.madang.kiosk.scan.Sleeper;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frames from a command that writes MJPEG to its standard output:
 * {@code rpicam-vid -t 0 --codec mjpeg -o -} on a Pi,
 * {@code ffmpeg -f v4l2 -i /dev/video0 -f mjpeg -} on a PC. When the command ends or dies (camera
 * unplugged, driver reset) it is started again after a growing wait ({@link Backoff}); the wait
 * starts over once a restarted command delivers a frame.
 *
 * <p>{@link #next()} is called from one thread; {@link #close()} from any thread stops the
 * command and makes a blocked {@code next()} return empty.
 */
public final class CommandFrameSource implements FrameSource {

    private static final Logger log = LoggerFactory.getLogger(CommandFrameSource.class);

    /** No camera frame is anywhere near this; a stream that never ends an image must not eat the heap. */
    static final int MAX_FRAME_BYTES = 16 * 1024 * 1024;

    private final List<String> command;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private volatile boolean closed;
    private Process process;
    private MjpegSplitter splitter;
    private int failures;
    private int starts;
    private long frameNumber;

    public CommandFrameSource(List<String> command, Backoff backoff, Sleeper sleeper) {
        this.command = List.copyOf(command);
        if (this.command.isEmpty()) {
            throw new IllegalArgumentException("scan.camera.command is empty; give the program and its arguments");
        }
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    @Override
    public Optional<Frame> next() throws InterruptedException {
        while (!closed) {
            if (splitter == null && !startCommand()) {
                continue;
            }
            Optional<byte[]> jpeg = readJpeg();
            if (jpeg.isEmpty()) {
                ended();
                continue;
            }
            BufferedImage image = decodeJpeg(jpeg.get());
            if (image != null) {
                failures = 0;
                return Optional.of(new Frame(image, "frame-" + ++frameNumber));
            }
        }
        return Optional.empty();
    }

    /** How many times the command has been started (the first start included). */
    public synchronized int starts() {
        return starts;
    }

    private boolean startCommand() throws InterruptedException {
        if (failures > 0) {
            sleeper.sleep(backoff.delay(failures));
        }
        synchronized (this) {
            if (closed) {
                return false;
            }
            try {
                // Its diagnostics are not ours to parse; what matters is whether frames arrive.
                process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                starts++;
            } catch (IOException e) {
                failures++;
                log.warn("camera command {} could not start (attempt {}): {}", command.getFirst(), failures, e.toString());
                return false;
            }
            splitter = new MjpegSplitter(process.getInputStream(), MAX_FRAME_BYTES);
        }
        return true;
    }

    private Optional<byte[]> readJpeg() {
        try {
            return splitter.next();
        } catch (IOException e) {
            // A pipe broken by close() or by the command dying: both mean this run is over.
            return Optional.empty();
        }
    }

    private void ended() throws InterruptedException {
        Process ended;
        synchronized (this) {
            ended = process;
            process = null;
            splitter = null;
        }
        if (ended != null) {
            ended.destroy();
            int exit = ended.waitFor();
            if (!closed) {
                failures++;
                log.warn("camera command {} ended (exit {}); restart {} after {}", command.getFirst(), exit, failures,
                        backoff.delay(failures));
            }
        }
    }

    private static BufferedImage decodeJpeg(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            // One corrupt frame in a live stream is skipped; the next one is 30 ms away.
            log.debug("skipped an undecodable camera frame: {}", e.toString());
            return null;
        }
    }

    @Override
    public void close() {
        Process running;
        synchronized (this) {
            closed = true;
            running = process;
        }
        if (running != null) {
            running.descendants().forEach(ProcessHandle::destroy);
            running.destroy();
        }
    }
}
