package org.madang.kiosk.scan.camera;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** The images of one folder (PNG, JPEG, GIF, BMP) in file-name order, once: for tests and demos. */
public final class FolderFrameSource implements FrameSource {

    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp");

    private final Iterator<Path> files;
    private volatile boolean closed;

    public FolderFrameSource(Path folder) throws IOException {
        this.files = imagesIn(folder).iterator();
    }

    /** The image files directly in {@code folder}, sorted by name. */
    public static List<Path> imagesIn(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(FolderFrameSource::isImage).sorted().toList();
        }
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<Frame> next() throws IOException {
        if (closed || !files.hasNext()) {
            return Optional.empty();
        }
        Path file = files.next();
        return Optional.of(new Frame(read(file), file.getFileName().toString()));
    }

    /** Reads one image file; a file ImageIO cannot read is an error, not a blank frame. */
    public static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("no image reader for " + file);
        }
        return image;
    }

    @Override
    public void close() {
        closed = true;
    }
}
