package org.madang.central.enroll;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.madang.device.qr.ScannableQr;
import org.madang.sync.api.enroll.EnrollmentQr;
import org.madang.sync.api.enroll.EnrollmentTicket;

/**
 * The enrollment QR as staff get it: a PNG, a one-page A4 PDF and a printable HTML page (Korean
 * first) with the QR,
 * the code in big letters for typing by hand, the site, the roles, the expiry in Korean time and
 * the central key's fingerprint to compare with what the terminal shows. The page embeds the PNG,
 * so it is one file to e-mail or print.
 */
public final class EnrollmentSheet {

    /** Pixels per QR module: large enough for a cheap USB scanner from a sheet of paper. */
    private static final int MODULE_PIXELS = 8;
    private static final int QUIET_ZONE_MODULES = 4;
    private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EnrollmentTicket ticket;
    private final String text;
    // Encoded once: the PNG and the PDF draw the same modules.
    private final BitMatrix matrix;
    // Drawn once: the page embeds the same PNG the command writes beside it.
    private final byte[] png;

    /** The sheet of a ticket. */
    public EnrollmentSheet(EnrollmentTicket ticket) {
        this.ticket = ticket;
        this.text = EnrollmentQr.format(ticket);
        this.matrix = encode(text);
        this.png = draw(matrix);
    }

    /** The QR text ({@code MADANG-ENROLL1:…}). */
    public String text() {
        return text;
    }

    /** The QR code as a PNG. */
    public byte[] png() {
        return png.clone();
    }

    /**
     * The sheet as a one-page A4 PDF, Korean first, with the QR drawn as vector squares 80 mm
     * wide (down to 62 mm when a long site name and URL need the room) and the text in an
     * embedded subset of {@code font}.
     *
     * @throws IOException when the font cannot be embedded
     */
    public byte[] pdf(SheetFont font) throws IOException {
        return SheetPdf.render(ticket, matrix, font);
    }

    private static BitMatrix encode(String text) {
        // Level M: survives a crease or a smudge, and the text (~400 characters) stays a readable size.
        // Read back before it is printed: about one code in a hundred needs another mask for a scanner.
        return ScannableQr.encode(text, ErrorCorrectionLevel.M, 0);
    }

    private static byte[] draw(BitMatrix matrix) {
        int modules = matrix.getWidth();
        int size = (modules + 2 * QUIET_ZONE_MODULES) * MODULE_PIXELS;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int mx = x / MODULE_PIXELS - QUIET_ZONE_MODULES;
                int my = y / MODULE_PIXELS - QUIET_ZONE_MODULES;
                boolean dark = mx >= 0 && my >= 0 && mx < modules && my < modules && matrix.get(mx, my);
                image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("writing a PNG to memory does not fail", e);
        }
        return out.toByteArray();
    }

    /** The printable page. */
    public String html() {
        String image = Base64.getEncoder().encodeToString(png);
        String expires = WHEN.format(ticket.expires().atZone(KOREA));
        String site = escape(ticket.siteName()) + " (" + escape(ticket.siteCode()) + ")";
        String roles = escape(String.join(", ", ticket.roles()));
        return """
                <!DOCTYPE html>
                <html lang="ko">
                <head>
                <meta charset="utf-8">
                <title>마당 단말 등록 / Madang terminal enrollment — %1$s</title>
                <style>
                  body { font-family: "Noto Sans KR", "Nanum Gothic", sans-serif; margin: 2em; }
                  .qr { width: 9cm; height: 9cm; image-rendering: pixelated; }
                  .code { font-family: "DejaVu Sans Mono", monospace; font-size: 28pt; letter-spacing: 0.1em; }
                  .en { color: #555; }
                  td { padding: 0.2em 1em 0.2em 0; vertical-align: top; }
                  .fp { font-family: monospace; }
                </style>
                </head>
                <body>
                <h1>마당 단말 등록 <span class="en">/ Madang terminal enrollment</span></h1>
                <p><img class="qr" alt="enrollment QR" src="data:image/png;base64,%2$s"></p>
                <p class="code">%3$s</p>
                <table>
                <tr><td>장소 <span class="en">Site</span></td><td>%1$s</td></tr>
                <tr><td>역할 <span class="en">Roles</span></td><td>%4$s</td></tr>
                <tr><td>만료 <span class="en">Expires</span></td><td>%5$s (한국 시간 KST) — %6$s UTC</td></tr>
                <tr><td>중앙 서버 <span class="en">Central</span></td><td>%7$s</td></tr>
                <tr><td>중앙 서버 키 지문 <span class="en">Central key fingerprint</span></td><td class="fp">%8$s (%9$s)</td></tr>
                </table>
                <p>이 코드는 한 번만 쓸 수 있습니다. 단말에서 QR을 스캔하거나 <code>device-config provision</code>에 넣으십시오.
                단말이 보여주는 키 지문이 위와 같은지 확인하십시오. 다르면 등록을 멈추고 구청에 연락하십시오.</p>
                <p class="en">This code works once. Scan the QR at the terminal or give it to <code>device-config provision</code>.
                Check that the key fingerprint the terminal shows is the one above; if it differs, stop and call the district office.</p>
                </body>
                </html>
                """.formatted(site, image, escape(ticket.code()), roles, expires, ticket.expires(),
                escape(ticket.centralUrl().toString()), escape(ticket.fingerprint()), escape(ticket.kid()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
