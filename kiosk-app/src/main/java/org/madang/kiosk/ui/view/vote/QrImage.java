package org.madang.kiosk.ui.view.vote;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/** Draws a QR code (ZXing) as a JavaFX image, with whole pixels per module and a quiet zone. */
public final class QrImage {

    private QrImage() {
    }

    /** The QR code of {@code text}, {@code scale} pixels per module, error correction M. */
    public static WritableImage of(String text, int scale) {
        return of(text, scale, ErrorCorrectionLevel.M);
    }

    /**
     * The QR code of {@code text}, {@code scale} pixels per module, at error correction {@code level}
     * (L for the full-screen code: fewer, larger modules matter more to a phone camera than redundancy).
     */
    public static WritableImage of(String text, int scale, ErrorCorrectionLevel level) {
        BitMatrix matrix;
        try {
            // A quiet zone of four modules, as the standard asks: phones find the code by it.
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, level, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("text too long for a QR code: " + text.length() + " characters", e);
        }
        int size = matrix.getWidth() * scale;
        WritableImage image = new WritableImage(size, size);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels.setArgb(x, y, matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }

    /** Modules per side (with the quiet zone) of {@code text}'s QR code at error correction M. */
    public static int modules(String text) {
        return modules(text, ErrorCorrectionLevel.M);
    }

    /** Modules per side (with the quiet zone) of {@code text}'s QR code at {@code level}. */
    public static int modules(String text, ErrorCorrectionLevel level) {
        return of(text, 1, level).widthProperty().intValue();
    }
}
