package org.madang.kiosk.scan.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.madang.kiosk.scan.camera.FolderFrameSource;
import org.madang.kiosk.scan.camera.QrDecoder;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Decode rate and time per image of the camera path (ZXing) against {@code zbarimg} on the same
 * images in the same run: the corpus as it is, and the same images fitted into 640×480 frames.
 * A measuring tool for developers, not a test: figures go to docs/benchmarks-camera.md.
 */
@Command(name = "camera-decode-benchmark", mixinStandardHelpOptions = true,
        description = "Compare the camera path's QR decoding (ZXing) with zbarimg on a corpus of images with N.txt answers.")
public final class CameraDecodeBenchmark implements Callable<Integer> {

    @Option(names = "--corpus", required = true, description = "Folder of images (and sub-folders), each N.png/N.jpg with N.txt")
    private Path corpus;

    @Option(names = "--repeat", defaultValue = "5", description = "Timed ZXing passes over every image (median taken); default ${DEFAULT-VALUE}")
    private int repeat;

    @Option(names = "--zbarimg", defaultValue = "zbarimg", description = "The zbarimg command; default ${DEFAULT-VALUE}")
    private String zbarimg;

    @Option(names = "--frame", defaultValue = "640x480", description = "Frame size of the scaled variant; default ${DEFAULT-VALUE}")
    private String frame;

    /** One image and its expected text. */
    record Sample(Path file, String expected) {
    }

    /** One decoder's figures on one variant. */
    record Figures(String decoder, int correct, int total, double medianMs, String note) {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new CameraDecodeBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (repeat < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--repeat must be at least 1, was " + repeat);
        }
        String[] size = frame.toLowerCase(Locale.ROOT).split("x");
        int frameWidth = Integer.parseInt(size[0]);
        int frameHeight = Integer.parseInt(size[1]);
        List<Sample> asIs = samples(corpus);
        if (asIs.isEmpty()) {
            System.err.println("No images with answers (N.png + N.txt) under " + corpus);
            return 1;
        }
        Path scaledDir = Files.createTempDirectory("madang-bench-frames");
        try {
            List<Sample> scaled = fitIntoFrames(asIs, scaledDir, frameWidth, frameHeight);
            System.out.printf(Locale.ROOT, "corpus %s: %d images; java %s, %d cores, load average %.2f; %s%n", corpus,
                    asIs.size(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    zbarVersion());
            report("as is", asIs);
            report(frameWidth + "x" + frameHeight + " frames", scaled);
            System.out.printf(Locale.ROOT, "  camera frames arrive as JPEG: ImageIO decode median %.2f ms per %dx%d frame%n",
                    jpegDecodeMs(scaled), frameWidth, frameHeight);
        } finally {
            try (Stream<Path> files = Files.walk(scaledDir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return 0;
    }

    private void report(String variant, List<Sample> samples) throws Exception {
        Figures zxing = zxing(samples);
        Figures zbar = zbar(samples);
        System.out.printf("%n%s (%d images)%n", variant, samples.size());
        System.out.printf("  %-8s %8s %7s %12s  %s%n", "decoder", "correct", "rate", "median ms", "");
        for (Figures f : List.of(zxing, zbar)) {
            System.out.printf(Locale.ROOT, "  %-8s %4d/%-3d %6.1f%% %12.2f  %s%n", f.decoder(), f.correct(), f.total(),
                    100.0 * f.correct() / f.total(), f.medianMs(), f.note());
        }
    }

    private Figures zxing(List<Sample> samples) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        for (Sample s : samples) {
            images.add(FolderFrameSource.read(s.file()));
        }
        var decoder = new QrDecoder();
        for (BufferedImage image : images) {
            decoder.decode(image); // warm-up: let the JIT compile the decoder before timing
        }
        long[][] nanos = new long[images.size()][repeat];
        long[][] cpu = new long[images.size()][repeat];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int correct = 0;
        for (int r = 0; r < repeat; r++) {
            for (int i = 0; i < images.size(); i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Optional<String> text = decoder.decode(images.get(i));
                nanos[i][r] = System.nanoTime() - t0;
                cpu[i][r] = threads.getCurrentThreadCpuTime() - c0;
                if (r == 0 && text.isPresent() && text.get().equals(samples.get(i).expected())) {
                    correct++;
                }
            }
        }
        double[] perImage = new double[images.size()];
        double[] cpuPerImage = new double[images.size()];
        for (int i = 0; i < images.size(); i++) {
            perImage[i] = median(Arrays.stream(nanos[i]).asDoubleStream().toArray());
            cpuPerImage[i] = median(Arrays.stream(cpu[i]).asDoubleStream().toArray());
        }
        return new Figures("zxing", correct, samples.size(), median(perImage) / 1e6, String.format(Locale.ROOT,
                "decode only (image in memory), median of %d passes; thread CPU time %.2f ms", repeat,
                median(cpuPerImage) / 1e6));
    }

    private Figures zbar(List<Sample> samples) throws Exception {
        List<String> batch = new ArrayList<>(List.of(zbarimg, "-q", "--xml", "-Sdisable", "-Sqrcode.enable"));
        samples.forEach(s -> batch.add(s.file().toString()));
        long t0 = System.nanoTime();
        byte[] xml = run(batch);
        double batchMsPerImage = (System.nanoTime() - t0) / 1e6 / samples.size();
        List<Set<String>> found = parseZbarXml(xml, samples);
        int correct = 0;
        for (int i = 0; i < samples.size(); i++) {
            if (found.get(i).contains(samples.get(i).expected())) {
                correct++;
            }
        }
        // One process per image, each paired with a process that decodes a blank pixel just before
        // it: the difference is zbar's load+decode time with its start-up (and load drift) removed.
        Path blank = Files.createTempFile("madang-blank", ".png");
        try {
            ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY), "png", blank.toFile());
            double[] startup = new double[samples.size()];
            double[] difference = new double[samples.size()];
            for (int i = 0; i < samples.size(); i++) {
                startup[i] = timeProcess(List.of(zbarimg, "-q", "-Sdisable", "-Sqrcode.enable", blank.toString()));
                double single = timeProcess(List.of(zbarimg, "-q", "-Sdisable", "-Sqrcode.enable",
                        samples.get(i).file().toString()));
                difference[i] = single - startup[i];
            }
            double perImage = Math.max(0, median(difference)) / 1e6;
            return new Figures("zbarimg", correct, samples.size(), perImage, String.format(Locale.ROOT,
                    "load+decode: median of (image process - blank-image process, %.1f ms); one batch process: %.2f ms/image",
                    median(startup) / 1e6, batchMsPerImage));
        } finally {
            Files.deleteIfExists(blank);
        }
    }

    /** What {@code CommandFrameSource} spends per frame before ZXing sees it. */
    private double jpegDecodeMs(List<Sample> samples) throws IOException {
        List<byte[]> jpegs = new ArrayList<>();
        for (Sample s : samples) {
            var out = new java.io.ByteArrayOutputStream();
            ImageIO.write(FolderFrameSource.read(s.file()), "jpg", out);
            jpegs.add(out.toByteArray());
        }
        for (byte[] jpeg : jpegs) {
            ImageIO.read(new ByteArrayInputStream(jpeg));
        }
        double[] nanos = new double[jpegs.size()];
        for (int i = 0; i < jpegs.size(); i++) {
            long t0 = System.nanoTime();
            ImageIO.read(new ByteArrayInputStream(jpegs.get(i)));
            nanos[i] = System.nanoTime() - t0;
        }
        return median(nanos) / 1e6;
    }

    private static List<Set<String>> parseZbarXml(byte[] xml, List<Sample> samples) throws Exception {
        List<Set<String>> found = new ArrayList<>();
        samples.forEach(s -> found.add(new HashSet<>()));
        if (xml.length == 0) {
            return found;
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(false);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList sources = doc.getElementsByTagName("source");
        for (int i = 0; i < sources.getLength(); i++) {
            Element source = (Element) sources.item(i);
            String href = source.getAttribute("href");
            int index = indexOf(samples, href);
            NodeList data = source.getElementsByTagName("data");
            for (int d = 0; index >= 0 && d < data.getLength(); d++) {
                Element e = (Element) data.item(d);
                String text = e.getTextContent();
                if ("base64".equals(e.getAttribute("format"))) {
                    text = new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8);
                }
                found.get(index).add(text);
            }
        }
        return found;
    }

    private static int indexOf(List<Sample> samples, String href) {
        for (int i = 0; i < samples.size(); i++) {
            if (samples.get(i).file().toString().equals(href)) {
                return i;
            }
        }
        return -1;
    }

    private static double timeProcess(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        run(command);
        return System.nanoTime() - t0;
    }

    private static byte[] run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (InputStream out = p.getInputStream()) {
            byte[] bytes = out.readAllBytes();
            p.waitFor();
            return bytes;
        }
    }

    private String zbarVersion() {
        try {
            return "zbarimg " + new String(run(List.of(zbarimg, "--version")), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "zbarimg not runnable: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "zbarimg interrupted";
        }
    }

    /** Every image under {@code root} that has its answer beside it, in path order. */
    static List<Sample> samples(Path root) throws IOException {
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(root)) {
            folders = walk.filter(Files::isDirectory).sorted().toList();
        }
        List<Sample> samples = new ArrayList<>();
        for (Path folder : folders) {
            for (Path image : FolderFrameSource.imagesIn(folder)) {
                String name = image.getFileName().toString();
                Path answer = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".txt");
                if (Files.isRegularFile(answer)) {
                    samples.add(new Sample(image, Files.readString(answer, StandardCharsets.UTF_8)));
                }
            }
        }
        return samples;
    }

    /** Each image scaled to fit a {@code width}×{@code height} frame, centred on white, as PNG. */
    static List<Sample> fitIntoFrames(List<Sample> samples, Path dir, int width, int height) throws IOException {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            BufferedImage src = FolderFrameSource.read(samples.get(i).file());
            double scale = Math.min((double) width / src.getWidth(), (double) height / src.getHeight());
            int w = (int) Math.round(src.getWidth() * scale);
            int h = (int) Math.round(src.getHeight() * scale);
            var frameImage = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = frameImage.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(src, (width - w) / 2, (height - h) / 2, w, h, null);
            } finally {
                g.dispose();
            }
            Path file = dir.resolve(String.format(Locale.ROOT, "%04d.png", i));
            ImageIO.write(frameImage, "png", file.toFile());
            out.add(new Sample(file, samples.get(i).expected()));
        }
        return out;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
