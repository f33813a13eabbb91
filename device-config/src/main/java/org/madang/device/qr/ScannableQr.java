package org.madang.device.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Encodes QR codes that a detector-based scanner is known to read, for the codes Madang prints or
 * shows for staff to scan (the enrollment sheet, a terminal's closing tally). ZXing's own finder-
 * pattern detector misreads about one in a hundred perfectly drawn codes, because some data
 * happens to imitate a finder pattern. Each code is therefore read back from a clean rendering,
 * and if that fails it is encoded again with another of the eight mask patterns (ISO/IEC 18004
 * lets the encoder choose); the first mask that reads back is kept.
 */
public final class ScannableQr {

    /** Modules of light border the standard asks for around a code. */
    public static final int QUIET_ZONE = 4;
    private static final int MASK_PATTERNS = 8;
    // The sizes a code is read back at: a phone's view of a screen or a sheet, the sheet's own PNG (8)
    // and the kiosk's full-screen code (10-12 at 1920x1080).
    private static final int[] CHECK_MODULE_PIXELS = {2, 3, 4, 5, 6, 8, 10, 12};

    private ScannableQr() {
    }

    /**
     * The code of {@code text} at {@code level}, with a quiet zone of {@code margin} modules (0 when
     * the caller draws its own), read back by the detector before it is returned.
     *
     * @throws IllegalArgumentException when {@code text} does not fit a QR code
     */
    public static BitMatrix encode(String text, ErrorCorrectionLevel level, int margin) {
        BitMatrix first = encode(text, level, margin, Optional.empty());
        if (readsBack(first, margin, text)) {
            return first;
        }
        for (int mask = 0; mask < MASK_PATTERNS; mask++) {
            BitMatrix other = encode(text, level, margin, Optional.of(mask));
            if (readsBack(other, margin, text)) {
                return other;
            }
        }
        // Never seen: every mask misread. The code is still valid; a scanner reading it whole will cope.
        return first;
    }

    private static BitMatrix encode(String text, ErrorCorrectionLevel level, int margin, Optional<Integer> mask) {
        Map<EncodeHintType, Object> hints = new HashMap<>();
        hints.put(EncodeHintType.ERROR_CORRECTION, level);
        hints.put(EncodeHintType.MARGIN, margin);
        mask.ifPresent(m -> hints.put(EncodeHintType.QR_MASK_PATTERN, m));
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("text too long for a QR code: " + text.length() + " characters", e);
        }
    }

    /**
     * Whether the detector (not told where the code is) reads {@code matrix} drawn with a quiet zone
     * at every size checked: a misread depends on the pixels per module as well as on the data.
     */
    static boolean readsBack(BitMatrix matrix, int margin, String text) {
        for (int pixels : CHECK_MODULE_PIXELS) {
            if (!readsBack(matrix, margin, text, pixels)) {
                return false;
            }
        }
        return true;
    }

    private static boolean readsBack(BitMatrix matrix, int margin, String text, int modulePixels) {
        int border = Math.max(0, QUIET_ZONE - margin);
        int modules = matrix.getWidth() + 2 * border;
        int side = modules * modulePixels;
        BitMatrix drawn = new BitMatrix(side, side);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / modulePixels - border;
                int my = y / modulePixels - border;
                if (mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight() && matrix.get(mx, my)) {
                    drawn.set(x, y);
                }
            }
        }
        try {
            String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BitMatrixSource(drawn))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            return read.equals(text);
        } catch (ReaderException e) {
            return false;
        }
    }
}
