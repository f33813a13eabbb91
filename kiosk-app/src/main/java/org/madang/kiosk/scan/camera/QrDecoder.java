package org.madang.kiosk.scan.camera;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one QR code from an image with ZXing: QR only, {@code TRY_HARDER}; a large image is first
 * tried at half size (most of the time it decodes there, four times faster), then at full size.
 *
 * <p>Not thread-safe (ZXing's reader keeps state): one decoder per decoding thread.
 */
public final class QrDecoder {

    /** Images whose longer side exceeds this get the half-size first pass. */
    static final int DOWNSCALE_ABOVE = 960;

    private final QRCodeReader reader = new QRCodeReader();
    private final Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

    /** The text of the QR code in {@code image}, or empty when none could be read. */
    public Optional<String> decode(BufferedImage image) {
        LuminanceSource full = new BufferedImageLuminanceSource(image);
        if (Math.max(image.getWidth(), image.getHeight()) > DOWNSCALE_ABOVE) {
            Optional<String> small = decode(halfSize(full));
            if (small.isPresent()) {
                return small;
            }
        }
        return decode(full);
    }

    private Optional<String> decode(LuminanceSource source) {
        try {
            return Optional.of(reader.decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText());
        } catch (NotFoundException | ChecksumException | FormatException e) {
            // Most frames hold no readable code: that is the normal answer, not an error.
            return Optional.empty();
        } finally {
            reader.reset();
        }
    }

    /** A 2×2 box average: cheaper than Java2D scaling and keeps module edges sharp enough. */
    static LuminanceSource halfSize(LuminanceSource full) {
        int w = full.getWidth() / 2;
        int h = full.getHeight() / 2;
        int stride = full.getWidth();
        byte[] in = full.getMatrix();
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int row0 = 2 * y * stride;
            int row1 = row0 + stride;
            for (int x = 0; x < w; x++) {
                int sum = (in[row0 + 2 * x] & 0xff) + (in[row0 + 2 * x + 1] & 0xff)
                        + (in[row1 + 2 * x] & 0xff) + (in[row1 + 2 * x + 1] & 0xff);
                out[y * w + x] = (byte) (sum >> 2);
            }
        }
        return new PlanarYUVLuminanceSource(out, w, h, 0, 0, w, h, false);
    }
}
