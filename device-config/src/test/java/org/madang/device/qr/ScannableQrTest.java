package org.madang.device.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScannableQrTest {

    // A real enrollment text (an expired ticket) that ZXing's detector misreads when encoded with
    // the writer's default mask (FormatException), found among 300 random tickets.
    private static final String MISREAD = "MADANG-ENROLL1:eyJ1cmwiOiJodHRwczovL2NlbnRyYWwuZXhhbXBsZS5nby5rci9tYWRhbmcvIiwiY29kZSI6IjI0REItNUM5"
            + "Mi1DQ0YyLUUwQ0QiLCJraWQiOiJjZW50cmFsLTEiLCJ4IjoiZ2E5RXFrLWFVSlFRUkk0b2hnc1FNUkoyblRocjlwcThxVzFvWDdmZExQ"
            + "NCIsInNpdGUiOiIxMTE0MDU1MDAwIiwic2l0ZU5hbWUiOiLrqoXrj5kiLCJyb2xlcyI6WyJjaGVja2luIiwidm90ZSJdLCJleHBpcmVz"
            + "IjoiMjAyNi0xMS0yMlQyMDoxNzozMC44MjE2ODU4MzNaIn0";

    @Test
    void reEncodesWithAnotherMaskACodeTheDetectorMisreads() throws Exception {
        BitMatrix usual = new QRCodeWriter().encode(MISREAD, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));

        BitMatrix scannable = ScannableQr.encode(MISREAD, ErrorCorrectionLevel.M, 0);

        assertThat(ScannableQr.readsBack(usual, 0, MISREAD)).as("the writer's default mask misreads").isFalse();
        assertThat(scannable).isNotEqualTo(usual);
        assertThat(ScannableQr.readsBack(scannable, 0, MISREAD)).isTrue();
        assertThat(scannable.getWidth()).isEqualTo(usual.getWidth());
    }

    @Test
    void keepsTheWritersOwnCodeWhenItReadsBack() throws Exception {
        String text = "MADANG-CLOSING1:poll-2026-budget;t=412;box=3f2a91c0";
        BitMatrix usual = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L, EncodeHintType.MARGIN, 4));

        assertThat(ScannableQr.encode(text, ErrorCorrectionLevel.L, 4)).isEqualTo(usual);
    }
}
