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

    /** The QR code of {@code text}, {@code scale} pixels per module. */
    public static WritableImage of(String text, int scale) {
        BitMatrix matrix;
        try {
            // Level M: a phone photo of a screen tolerates some glare; the text is a few hundred bytes.
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
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

    /** Modules per side (with the quiet zone) of {@code text}'s QR code. */
    public static int modules(String text) {
        return of(text, 1).widthProperty().intValue();
    }
}
