package org.madang.kiosk.ui.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Camera-like frames made on the spot: a QR code on a grey 640×480 background, or the background alone. */
public final class QrImages {

    private QrImages() {
    }

    /** A 640×480 frame with {@code text} as a QR code in the middle. */
    public static BufferedImage frame(String text) {
        try {
            BufferedImage code = MatrixToImageWriter.toBufferedImage(
                    new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 300, 300));
            BufferedImage frame = blank();
            Graphics2D g = frame.createGraphics();
            g.drawImage(code, 170, 90, null);
            g.dispose();
            return frame;
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A 640×480 grey frame: what the camera sees when nobody is there. */
    public static BufferedImage blank() {
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(0x8a9aa8));
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        return frame;
    }

    /** Writes {@code image} as PNG to {@code file}. */
    public static Path save(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
        return file;
    }
}
