package org.madang.kiosk.scan.camera;

import java.io.IOException;
import java.util.Optional;

/** Where camera frames come from: a camera command's MJPEG stream, or a folder of images. */
public interface FrameSource extends AutoCloseable {

    /**
     * Blocks until the next frame; empty when the source has ended for good (or was closed).
     *
     * @throws IOException if the source cannot deliver frames at all (the caller reports it to staff)
     * @throws InterruptedException if the pulling thread was interrupted; the source stays usable
     */
    Optional<Frame> next() throws IOException, InterruptedException;

    /** Stops the source and releases what it holds (a child process, files); idempotent. */
    @Override
    void close();
}
