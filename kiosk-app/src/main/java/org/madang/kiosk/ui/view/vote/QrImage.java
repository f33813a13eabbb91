package org.madang.kiosk.ui.view.vote;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import org.madang.device.qr.ScannableQr;

/** Draws a QR code (ZXing) as a JavaFX image, with whole pixels per module and a quiet zone. */
public final class QrImage {

    // The staff view is rebuilt on every state change, language toggle and resize, but a closing
    // sheet's code never changes: the read-back check (tens of ms here, more on a Pi, on the UI
    // thread) runs once per text and level. A terminal shows a handful of polls' sheets at most.
    private static final int REMEMBERED = 8;
    private static final Map<String, BitMatrix> ENCODED = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BitMatrix> eldest) {
            return size() > REMEMBERED;
        }
    };

    private QrImage() {
    }

    /**
     * A drawn code and its pixels per module.
     *
     * @param image the code with its quiet zone
     * @param modulePixels pixels per module (whole, at least 1)
     */
    public record Drawn(WritableImage image, int modulePixels) {
    }

    /**
     * The QR code of {@code text} at error correction {@code level} (L for the full-screen code:
     * fewer, larger modules matter more to a phone camera than redundancy), drawn with the most
     * whole pixels per module that fit {@code side} pixels, and at least one. Encodes once per
     * text and level. Call on the JavaFX thread.
     */
    public static Drawn fitting(String text, double side, ErrorCorrectionLevel level) {
        // A quiet zone of four modules, as the standard asks: phones find the code by it. Read back
        // before it is shown: about one code in a hundred needs another mask for a scanner.
        BitMatrix matrix = ENCODED.computeIfAbsent(level + "\n" + text,
                key -> ScannableQr.encode(text, level, ScannableQr.QUIET_ZONE));
        int scale = Math.max(1, (int) Math.floor(side / matrix.getWidth()));
        int size = matrix.getWidth() * scale;
        WritableImage image = new WritableImage(size, size);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels.setArgb(x, y, matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return new Drawn(image, scale);
    }
}
