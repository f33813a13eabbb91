package org.madang.central.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.central.enroll.SheetFont;
import org.madang.sync.api.enroll.EnrollmentQr;
import org.madang.sync.api.enroll.EnrollmentTicket;

/**
 * The printable PDF read back as a scanner and a person would: rendered at 150 dpi, its QR decoded
 * and measured, its text extracted; and the command without a Korean font.
 */
class EnrollmentPdfTest {

    private static final float DPI = 150;
    /** The picture of the page a person looks at (see the brief): kept in target/ after the build. */
    private static final Path RENDERING = Path.of("target", "enrollment-sheet.png");

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    Run run(List<Path> fonts, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CentralCommand.execute(new PrintWriter(out), new PrintWriter(err), Map.of("LANG", "ko_KR.UTF-8"),
                fonts, args);
        return new Run(status, out.toString(), err.toString());
    }

    @BeforeAll
    static void targetFolder() throws Exception {
        Files.createDirectories(RENDERING.getParent());
    }

    Path home() {
        Path home = dir.resolve("home");
        assertThat(run(SheetFont.DEBIAN, "init", "--dir", home.toString()).status()).isZero();
        return home;
    }

    Run enrollment(Path home, Path out, List<Path> fonts) {
        return run(fonts, "enrollment", "--dir", home.toString(), "--url", "https://central.example.go.kr/madang",
                "--site-code", "1114055000", "--site-name", "명동 주민센터", "--roles", "checkin,vote,survey",
                "--valid-for", "24h", "--out", out.toString());
    }

    @Test
    void pdfPageCarriesAScannableQrOfAtLeastSixtyMillimetresAndTheSheetTextKoreanFirst() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Run run = enrollment(home(), out, SheetFont.DEBIAN);
        assertThat(run.status()).as(run.err()).isZero();
        Path pdf = only(out, ".pdf");
        String qrText = Files.readString(only(out, ".txt")).strip();
        assertThat(run.out().strip()).isEqualTo(qrText);
        assertThat(run.err()).contains(pdf.toAbsolutePath().toString());
        EnrollmentTicket ticket = EnrollmentQr.parse(qrText, Instant.now());

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
            PDResources resources = page.getResources();
            // Vector QR: no bitmap on the page to be scaled and blurred by a printer driver.
            assertThat(resources.getXObjectNames()).isEmpty();
            List<String> embedded = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font.isEmbedded()) {
                    embedded.add(font.getName());
                }
            }
            // Subset names look like ABCDEF+NanumGothic.
            assertThat(embedded).anyMatch(name -> name.matches("[A-Z]{6}\\+NanumGothic.*"));

            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
            ImageIO.write(image, "png", RENDERING.toFile());
            Result decoded = decode(image);
            assertThat(decoded.getText()).isEqualTo(qrText);
            assertThat(printedSideMillimetres(decoded, qrText)).isGreaterThanOrEqualTo(60);

            // In drawing order, each value follows its label; sorted by position, as a reader's eye goes down the page.
            String flat = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            assertThat(flat).contains("명동 주민센터", "1114055000", ticket.code(), ticket.fingerprint(), ticket.kid(),
                    "https://central.example.go.kr/madang/", "checkin, survey, vote", "한국 시간", "UTC");
            assertThat(text.indexOf("마당 단말 등록")).isNotNegative().isLessThan(text.indexOf("Madang terminal enrollment"));
            assertThat(text.indexOf("한 번만")).isNotNegative().isLessThan(text.indexOf("This code works once"));
            assertThat(text).doesNotContain("?");
        }
    }

    @Test
    void aLongSiteNameAndCentralUrlStayOnThePageAndTheQrStaysAtLeastSixtyMillimetres() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        String site = "서울특별시중구명동주민센터제이층대회의실앞복도임시접수대및안내데스크옆";
        String url = "https://madang-central.district-office.seoul.example.go.kr/" + "participation/".repeat(12) + "v1/";
        Run run = run(SheetFont.DEBIAN, "enrollment", "--dir", home().toString(), "--url", url, "--site-code", "1114055000",
                "--site-name", site, "--roles", "checkin,vote,survey", "--valid-for", "30d", "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        String qrText = Files.readString(only(out, ".txt")).strip();
        try (PDDocument document = Loader.loadPDF(only(out, ".pdf").toFile())) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
            ImageIO.write(image, "png", RENDERING.resolveSibling("enrollment-sheet-long.png").toFile());
            Result decoded = decode(image);
            assertThat(decoded.getText()).isEqualTo(qrText);
            assertThat(printedSideMillimetres(decoded, qrText)).isGreaterThanOrEqualTo(60);
            // The last 12 mm of the page (the margin is 18 mm) are blank: nothing ran off the bottom.
            int band = Math.round(12 / 25.4f * DPI);
            for (int row = image.getHeight() - band; row < image.getHeight(); row++) {
                for (int column = 0; column < image.getWidth(); column++) {
                    assertThat(image.getRGB(column, row) & 0xFF).as("pixel %d,%d", column, row).isGreaterThan(0xF0);
                }
            }
            String unspaced = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(unspaced).contains(site, url, "districtoffice.");
        }
    }

    @Test
    void withoutAKoreanFontTheCommandNamesThePackageAndWritesNothing() throws Exception {
        Path home = home();
        Path out = Files.createDirectory(dir.resolve("out"));
        Path absent = dir.resolve("fonts/NanumGothic.ttf");
        Run run = enrollment(home, out, List.of(absent));
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).containsSubsequence("한글 글꼴", "fonts-nanum", "Korean font", "fonts-nanum")
                .contains(absent.toString(), "sudo apt-get install fonts-nanum");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFileThatIsNoFontIsNamedAndNothingIsWritten() throws Exception {
        Path home = home();
        Path out = Files.createDirectory(dir.resolve("out"));
        Path broken = Files.writeString(dir.resolve("NanumGothic.ttf"), "not a font");
        Run run = enrollment(home, out, List.of(broken));
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains(broken.toString(), "is not a usable TrueType font", "--reinstall fonts-nanum");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    private static Path only(Path folder, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> matching = files.filter(file -> file.getFileName().toString().endsWith(suffix)).toList();
            assertThat(matching).hasSize(1);
            return matching.getFirst();
        }
    }

    private static Result decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))), Map.of(DecodeHintType.TRY_HARDER, true));
    }

    /**
     * The QR's side on paper: the finder patterns' centres are 3.5 modules in from the edges, so
     * top-left to top-right spans (modules − 7) modules of the rendering.
     */
    private static double printedSideMillimetres(Result decoded, String text) throws Exception {
        int modules = Encoder.encode(text, ErrorCorrectionLevel.M).getVersion().getDimensionForVersion();
        ResultPoint[] points = decoded.getResultPoints();
        // ZXing's order for QR codes: bottom-left, top-left, top-right.
        double span = ResultPoint.distance(points[1], points[2]);
        double side = span / (modules - 7) * modules;
        return side / DPI * 25.4;
    }
}
