package org.madang.device.cli;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.madang.sync.api.enroll.EnrollmentQr;

/**
 * What {@code --enrollment} names: the QR text itself, a file holding it (as a scanner wrote it
 * onto a USB stick, or the central's {@code .txt}), or a PNG/JPEG image of the QR code, decoded here.
 */
final class EnrollmentInput {

    private static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private EnrollmentInput() {
    }

    /** The QR text, not yet checked. */
    static String read(String argument) throws CommandFailure {
        if (argument.strip().startsWith(EnrollmentQr.PREFIX)) {
            return argument;
        }
        Path file;
        try {
            file = Path.of(argument.strip());
        } catch (InvalidPathException e) {
            return argument;
        }
        if (!Files.isRegularFile(file)) {
            if (argument.contains("/") || argument.matches("(?i).*\\.(png|jpe?g|txt)")) {
                throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.file.missing", file.toAbsolutePath()));
            }
            // Not a file: the text as given, which the QR check then names.
            return argument;
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.provision.image", file.toAbsolutePath()));
            }
            byte[] bytes = Files.readAllBytes(file);
            // A BOM is what some Windows editors put before the text on a USB stick.
            return isImage(bytes) ? decode(file, bytes) : new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        } catch (IOException e) {
            throw Failures.io(file, e);
        }
    }

    private static boolean isImage(byte[] bytes) {
        boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        return png || jpeg;
    }

    private static String decode(Path file, byte[] bytes) throws IOException, CommandFailure {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.provision.image", file.toAbsolutePath()));
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            try {
                return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            } catch (ReaderException photoReadingFailed) {
                // ZXing's finder-pattern detector misreads about 1 in 100 of the central's own clean
                // PNGs (FormatException). Read as a pure code, with its quiet zone, those always decode.
                return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
            }
        } catch (NotFoundException e) {
            throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.provision.image", file.toAbsolutePath()));
        } catch (ReaderException e) {
            // Found but unreadable (checksum or format): the same advice as no code at all.
            throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.provision.image", file.toAbsolutePath()));
        }
    }
}
