package org.madang.central.enroll;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.madang.sync.api.enroll.EnrollmentTicket;

/**
 * The enrollment sheet as one A4 PDF page: the same content as the HTML page, Korean first. The QR
 * is drawn as vector rectangles (sharp at any printer resolution); Korean text uses the embedded
 * subset of {@link SheetFont}, and so is everything else: a font left to the reader's choice came
 * out with its letters run together (Courier replaced by a proportional face), so none is used.
 */
final class SheetPdf {

    /** PDF points in a millimetre. */
    static final float MM = 72f / 25.4f;
    /** The QR's printed side without its quiet zone: a cheap scanner reads ~1 mm modules at arm's length. */
    static final float QR_SIDE_MM = 80;
    /** The smallest side the QR gives up room for a long site name or URL (issue 7: 60 mm at least). */
    static final float QR_MIN_SIDE_MM = 62;

    private static final String BUNDLE = "org.madang.central.enroll.sheet";
    private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final float MARGIN = 18 * MM;
    private static final float LABEL_WIDTH = 48 * MM;
    private static final float LINE = 1.3f;
    private static final float CODE_TRACKING = 3;
    private static final float FINGERPRINT_TRACKING = 1;
    private static final Color INK = Color.BLACK;
    private static final Color ENGLISH = new Color(0x44, 0x44, 0x44);
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);

    private final EnrollmentTicket ticket;
    private final BitMatrix qr;
    private final SheetFont font;
    private final ResourceBundle korean;
    private final ResourceBundle english;

    private PDFont regular;
    private PDFont bold;
    private PDPageContentStream page;
    private float width;
    private float y;
    private float qrSide = QR_SIDE_MM * MM;

    private SheetPdf(EnrollmentTicket ticket, BitMatrix qr, SheetFont font) {
        this.ticket = ticket;
        this.qr = qr;
        this.font = font;
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.korean = ResourceBundle.getBundle(BUNDLE, Locale.KOREAN, exact);
        this.english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, exact);
    }

    /** The PDF file's bytes. */
    static byte[] render(EnrollmentTicket ticket, BitMatrix qr, SheetFont font) throws IOException {
        return new SheetPdf(ticket, qr, font).render();
    }

    /** Drawn again with a smaller QR when the text ran past the bottom margin (a long site name and URL). */
    private byte[] render() throws IOException {
        while (true) {
            byte[] pdf = attempt();
            float overflow = MARGIN - y;
            if (overflow <= 0 || qrSide <= QR_MIN_SIDE_MM * MM) {
                return pdf;
            }
            qrSide = Math.max(QR_MIN_SIDE_MM * MM, qrSide - overflow);
        }
    }

    private byte[] attempt() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage a4 = new PDPage(PDRectangle.A4);
            document.addPage(a4);
            regular = PDType0Font.load(document, font.regular(), true);
            bold = PDType0Font.load(document, font.bold(), true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(korean.getString("sheet.title") + " / " + english.getString("sheet.title") + " — "
                    + ticket.siteName() + " (" + ticket.siteCode() + ")");
            info.setCreator("Madang central-reference");
            document.getDocumentCatalog().setLanguage("ko-KR");
            width = a4.getMediaBox().getWidth() - 2 * MARGIN;
            y = a4.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, a4)) {
                page = content;
                draw(a4.getMediaBox().getWidth());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private void draw(float pageWidth) throws IOException {
        lines(bold, 26, INK, MARGIN, width, korean.getString("sheet.title"));
        lines(regular, 16, ENGLISH, MARGIN, width, english.getString("sheet.title"));
        y -= 2 * MM;
        lines(bold, 18, INK, MARGIN, width, printable(ticket.siteName()) + " (" + ticket.siteCode() + ")");
        y -= 5 * MM;

        drawQr((pageWidth - qrSide) / 2, y, qrSide);
        y -= qrSide + 6 * MM;
        // Spaced out: typed by hand when the scanner fails, letter by letter.
        centred(bold, 26, CODE_TRACKING, ticket.code(), pageWidth);
        y -= 5 * MM;

        String roles = String.join(", ", ticket.roles());
        row("sheet.site", List.of(new Run(regular, 12, 0, printable(ticket.siteName()) + " (" + ticket.siteCode() + ")")));
        row("sheet.roles", List.of(new Run(regular, 12, 0, roles)));
        row("sheet.expires", List.of(
                new Run(regular, 12, 0, format(korean, "sheet.expires.korea", WHEN.format(ticket.expires().atZone(KOREA)))),
                new Run(regular, 12, 0, format(english, "sheet.expires.utc",
                        WHEN.format(ticket.expires().atOffset(ZoneOffset.UTC))))));
        row("sheet.central", List.of(new Run(regular, 12, 0, printable(ticket.centralUrl().toString()))));
        // Two lines of eight groups, as the terminal shows them, to compare group by group.
        String[] groups = ticket.fingerprint().split(" ");
        int half = (groups.length + 1) / 2;
        row("sheet.fingerprint", List.of(
                new Run(bold, 13, FINGERPRINT_TRACKING, String.join(" ", List.of(groups).subList(0, half))),
                new Run(bold, 13, FINGERPRINT_TRACKING, String.join(" ", List.of(groups).subList(half, groups.length))),
                new Run(regular, 11, 0, "(" + printable(ticket.kid()) + ")")));
        rule();
        y -= 4 * MM;
        lines(regular, 12, INK, MARGIN, width, korean.getString("sheet.instructions"));
        y -= 2 * MM;
        lines(regular, 11, ENGLISH, MARGIN, width, english.getString("sheet.instructions"));
    }

    /** Text in a given font and size, with extra space between characters ({@code tracking}, points). */
    private record Run(PDFont font, float size, float tracking, String text) {
    }

    /** A table row: the label in Korean (bold) over English on the left, the value lines on the right. */
    private void row(String key, List<Run> value) throws IOException {
        rule();
        y -= 2.5f * MM;
        float top = y;
        lines(bold, 12, INK, MARGIN, LABEL_WIDTH - 3 * MM, korean.getString(key));
        lines(regular, 10, ENGLISH, MARGIN, LABEL_WIDTH - 3 * MM, english.getString(key));
        float labelBottom = y;
        y = top;
        for (Run run : value) {
            for (String line : wrap(run.font(), run.size(), run.tracking(), run.text(), width - LABEL_WIDTH)) {
                show(run.font(), run.size(), run.tracking(), INK, MARGIN + LABEL_WIDTH, line);
            }
        }
        y = Math.min(y, labelBottom) - 1.5f * MM;
    }

    private void rule() throws IOException {
        page.setStrokingColor(RULE);
        page.setLineWidth(0.5f);
        page.moveTo(MARGIN, y);
        page.lineTo(MARGIN + width, y);
        page.stroke();
    }

    /** Writes {@code text} from the cursor down, wrapped to {@code maxWidth}, and moves the cursor below it. */
    private void lines(PDFont face, float size, Color colour, float x, float maxWidth, String text) throws IOException {
        for (String line : wrap(face, size, 0, text, maxWidth)) {
            show(face, size, 0, colour, x, line);
        }
    }

    private void centred(PDFont face, float size, float tracking, String text, float pageWidth) throws IOException {
        show(face, size, tracking, INK, (pageWidth - widthOf(face, size, tracking, text)) / 2, text);
    }

    private void show(PDFont face, float size, float tracking, Color colour, float x, String text) throws IOException {
        // The cursor is the top of the line; the baseline sits one ascent (~0.9 em for these faces) below.
        float baseline = y - 0.9f * size;
        page.beginText();
        page.setNonStrokingColor(colour);
        page.setFont(face, size);
        page.setCharacterSpacing(tracking);
        page.newLineAtOffset(x, baseline);
        page.showText(text);
        page.endText();
        y -= LINE * size;
    }

    /** Dark modules as filled rectangles, one per horizontal run; the page's white is the quiet zone. */
    private void drawQr(float left, float top, float side) throws IOException {
        int modules = qr.getWidth();
        float module = side / modules;
        page.setNonStrokingColor(Color.BLACK);
        for (int my = 0; my < modules; my++) {
            int mx = 0;
            while (mx < modules) {
                if (!qr.get(mx, my)) {
                    mx++;
                    continue;
                }
                int start = mx;
                while (mx < modules && qr.get(mx, my)) {
                    mx++;
                }
                page.addRect(left + start * module, top - (my + 1) * module, (mx - start) * module, module);
            }
        }
        page.fill();
    }

    /** Greedy wrapping at spaces; a word wider than the line (a URL) is cut between characters. */
    static List<String> wrap(PDFont face, float size, float tracking, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (widthOf(face, size, tracking, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            int start = 0;
            while (start < word.length()) {
                int end = start;
                while (end < word.length()) {
                    int next = word.offsetByCodePoints(end, 1);
                    if (end > start && widthOf(face, size, tracking, word.substring(start, next)) > maxWidth) {
                        break;
                    }
                    end = next;
                }
                if (end < word.length()) {
                    lines.add(word.substring(start, end));
                } else {
                    line.append(word, start, end);
                }
                start = end;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float widthOf(PDFont face, float size, float tracking, String text) throws IOException {
        return face.getStringWidth(text) / 1000 * size + tracking * text.codePointCount(0, text.length());
    }

    /** The text with characters the font cannot draw (an emoji in a site name) shown as '?', never as a box or an error. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) || !font.draws(c) ? '?' : c));
        return out.toString();
    }

    private static String format(ResourceBundle words, String key, Object... args) {
        return new MessageFormat(words.getString(key), words.getLocale()).format(args);
    }
}
