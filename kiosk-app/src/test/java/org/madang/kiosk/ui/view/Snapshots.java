package org.madang.kiosk.ui.view;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes scene snapshots as PNG under kiosk-app/target/screenshots (without javafx-swing). */
public final class Snapshots {

    /** Where the PNGs go. */
    public static final Path DIRECTORY = Path.of("target", "screenshots");

    private Snapshots() {
    }

    /** Snapshots {@code scene} to {@code name}.png; call on the JavaFX thread. */
    public static Path save(Scene scene, String name) {
        return save(image(scene), name);
    }

    /** Writes {@code image} to {@code name}.png. */
    public static Path save(BufferedImage image, String name) {
        try {
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve(name + ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code scene} as pixels; call on the JavaFX thread. */
    public static BufferedImage image(Scene scene) {
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, width, height, pixels, 0, width);
        return out;
    }
}
