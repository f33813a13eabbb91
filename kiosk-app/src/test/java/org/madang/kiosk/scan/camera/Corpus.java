package org.madang.kiosk.scan.camera;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared QR corpus beside the checkout ({@code <repo root>/../shared}). */
final class Corpus {

    private Corpus() {
    }

    /** The corpus folder, or empty when this checkout has no {@code shared/} beside it. */
    static Optional<Path> qrBlackbox() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            return Optional.empty();
        }
        Path corpus = dir.resolveSibling("shared").resolve("corpora/qr-zxing-blackbox").normalize();
        return Files.isDirectory(corpus) ? Optional.of(corpus) : Optional.empty();
    }

    /** The expected text of image {@code imageName} in {@code folder} ({@code N.txt} beside {@code N.png}). */
    static String expectedText(Path folder, String imageName) throws IOException {
        String base = imageName.substring(0, imageName.lastIndexOf('.'));
        return Files.readString(folder.resolve(base + ".txt"), StandardCharsets.UTF_8);
    }
}
