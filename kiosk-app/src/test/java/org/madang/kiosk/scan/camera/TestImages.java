package org.madang.kiosk.scan.camera;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** QR codes and blank frames made on the spot. */
final class TestImages {

    private TestImages() {
    }

    static BufferedImage qr(String text, int size) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size);
            BufferedImage bw = MatrixToImageWriter.toBufferedImage(matrix);
            var rgb = new BufferedImage(bw.getWidth(), bw.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(bw, 0, 0, null);
            g.dispose();
            return rgb;
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static BufferedImage blank(int w, int h) {
        var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    static byte[] jpeg(BufferedImage image) {
        try {
            var out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
