package org.madang.kiosk.ui.view;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The camera's live picture on the check-in screen. Frames are shrunk and converted on the camera's
 * frame thread; only the newest converted frame is handed to the JavaFX thread, and a frame that
 * arrives before the previous one was shown replaces it, so the screen never lags and the JavaFX
 * thread never decodes. Frames are shown only while the check-in screen asks for them and are
 * never kept: hiding the preview drops the picture (it may show a resident's face).
 */
public final class CameraPreview implements Consumer<BufferedImage> {

    /** Preview frames are at most about this wide: the view is small, and shrinking is cheap. */
    static final int MAX_WIDTH = 400;

    private final ImageView view = new ImageView();
    private final AtomicReference<WritableImage> latest = new AtomicReference<>();
    private volatile boolean showing;

    /** An empty preview; frames arrive through {@link #accept}. */
    public CameraPreview() {
        view.setId("camera-preview");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        // A mirror, as people expect of a camera facing them: the phone moves the way the hand does.
        view.setScaleX(-1);
    }

    /** The picture to place. */
    public ImageView node() {
        return view;
    }

    /** Called on the JavaFX thread when the screen shows or hides the preview. */
    public void showing(boolean on) {
        showing = on;
        if (!on) {
            latest.set(null);
            view.setImage(null);
        }
    }

    /** A camera frame, on the camera's frame thread. */
    @Override
    public void accept(BufferedImage frame) {
        if (!showing) {
            return;
        }
        if (latest.getAndSet(shrink(frame)) == null) {
            Platform.runLater(this::showLatest);
        }
    }

    private void showLatest() {
        WritableImage image = latest.getAndSet(null);
        if (image != null && showing) {
            view.setImage(image);
        }
    }

    /** Every n-th pixel of every n-th row: no filtering needed at preview size. */
    static WritableImage shrink(BufferedImage frame) {
        int step = Math.max(1, (frame.getWidth() + MAX_WIDTH - 1) / MAX_WIDTH);
        int width = frame.getWidth() / step;
        int height = frame.getHeight() / step;
        int[] pixels = new int[width * height];
        if (frame.getType() == BufferedImage.TYPE_3BYTE_BGR
                && frame.getRaster().getParent() == null
                && frame.getRaster().getDataBuffer() instanceof DataBufferByte bytes) {
            // What ImageIO makes of a camera's JPEG: read the bytes, eight times cheaper than getRGB.
            byte[] bgr = bytes.getData();
            int stride = frame.getWidth() * 3;
            for (int y = 0; y < height; y++) {
                int row = y * step * stride;
                for (int x = 0; x < width; x++) {
                    int i = row + x * step * 3;
                    pixels[y * width + x] = 0xff000000 | (bgr[i + 2] & 0xff) << 16 | (bgr[i + 1] & 0xff) << 8
                            | (bgr[i] & 0xff);
                }
            }
        } else {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    pixels[y * width + x] = frame.getRGB(x * step, y * step) | 0xff000000;
                }
            }
        }
        // Not yet in a scene, so it may be built and written off the JavaFX thread.
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return image;
    }
}
