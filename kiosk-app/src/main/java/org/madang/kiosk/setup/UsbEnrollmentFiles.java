package org.madang.kiosk.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Finds enrollment QR files on USB sticks: what {@code central-reference enrollment} writes
 * ({@code enrollment-<site>-<hash>.txt} and {@code .png}), under the folders where Debian, Ubuntu
 * and Raspberry Pi OS mount removable media. The text file is preferred over the picture of the
 * same enrollment. Newest first, so a stick with sheets for many terminals lists the latest.
 */
public final class UsbEnrollmentFiles {

    /** Where desktops (udisks) and a hand-mounted stick put removable media. */
    public static final List<Path> DEFAULT_ROOTS = List.of(Path.of("/media"), Path.of("/run/media"), Path.of("/mnt"));

    // /media/USER/LABEL/enrollment-….txt is depth 3; one folder more for a stick sorted by site.
    private static final int DEPTH = 4;
    private static final int MOST = 12;

    private final List<Path> roots;

    public UsbEnrollmentFiles(List<Path> roots) {
        this.roots = List.copyOf(Objects.requireNonNull(roots, "roots"));
    }

    /** The folders looked in. */
    public List<Path> roots() {
        return roots;
    }

    /** Enrollment files found, newest first, at most twelve; a root that is missing or unreadable is skipped. */
    public List<Path> find() {
        return roots.stream().filter(Files::isDirectory).flatMap(UsbEnrollmentFiles::walk)
                .filter(UsbEnrollmentFiles::isEnrollmentFile)
                .filter(file -> !hasTextTwin(file))
                .sorted(Comparator.comparing(UsbEnrollmentFiles::modified).reversed().thenComparing(Path::toString))
                .limit(MOST)
                .toList();
    }

    private static Stream<Path> walk(Path root) {
        try {
            // Collected at once: the stream must be closed, and a stick is small.
            try (Stream<Path> files = Files.walk(root, DEPTH, FileVisitOption.FOLLOW_LINKS)) {
                return files.filter(Files::isRegularFile).toList().stream();
            }
        } catch (IOException | UncheckedIOException e) {
            // An unreadable mount (another user's, a stick pulled out) hides nothing else.
            return Stream.empty();
        }
    }

    static boolean isEnrollmentFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith("enrollment-") && (name.endsWith(".txt") || name.endsWith(".png"));
    }

    private static boolean hasTextTwin(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".png")
                && Files.isRegularFile(file.resolveSibling(name.substring(0, name.length() - 4) + ".txt"));
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
