package org.madang.kiosk.scan.camera;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.madang.kiosk.scan.Sleeper;

/**
 * The images of one folder over and over, one every {@code interval}: a camera stand-in for demos
 * and screen tests ({@code --camera folder:DIR}). Files are read as they come round, so a demo
 * folder can be changed while the kiosk runs.
 */
public final class LoopingFolderSource implements FrameSource {

    /** Four frames a second: enough to look live, cheap enough for a Pi. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(250);

    private final List<Path> files;
    private final Duration interval;
    private final Sleeper sleeper;
    private volatile boolean closed;
    private int index;
    private boolean first = true;

    /** Refuses a folder without images: a demo camera that shows nothing would look broken. */
    public LoopingFolderSource(Path folder, Duration interval, Sleeper sleeper) throws IOException {
        this.files = FolderFrameSource.imagesIn(folder);
        if (files.isEmpty()) {
            throw new IOException("no PNG, JPEG, GIF or BMP images in " + folder);
        }
        this.interval = Objects.requireNonNull(interval, "interval");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    @Override
    public Optional<Frame> next() throws IOException, InterruptedException {
        if (!first) {
            sleeper.sleep(interval);
        }
        first = false;
        if (closed) {
            return Optional.empty();
        }
        Path file = files.get(index);
        index = (index + 1) % files.size();
        return Optional.of(new Frame(FolderFrameSource.read(file), file.getFileName().toString()));
    }

    @Override
    public void close() {
        closed = true;
    }
}
