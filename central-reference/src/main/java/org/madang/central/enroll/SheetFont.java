package org.madang.central.enroll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The Korean TrueType font the PDF sheet embeds (as a subset): NanumGothic from Debian's
 * {@code fonts-nanum}, and its bold face for headings when it is installed beside it. Opened and
 * parsed before a code is issued, so a missing or broken font stops the command before anything
 * is stored or written.
 */
public final class SheetFont implements AutoCloseable {

    /** The Debian package that holds {@link #DEBIAN}, for the message that asks to install it. */
    public static final String DEBIAN_PACKAGE = "fonts-nanum";

    /** Where Debian's {@value #DEBIAN_PACKAGE} puts NanumGothic. */
    public static final List<Path> DEBIAN = List.of(Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"));

    private final Path file;
    private final TrueTypeFont regular;
    private final TrueTypeFont bold;

    private SheetFont(Path file, TrueTypeFont regular, TrueTypeFont bold) {
        this.file = file;
        this.regular = regular;
        this.bold = bold;
    }

    /**
     * The first of {@code candidates} that is a readable file, parsed; empty when none is.
     *
     * @throws IOException naming the file when it exists but is not a TrueType font
     */
    public static Optional<SheetFont> open(List<Path> candidates) throws IOException {
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate) && Files.isReadable(candidate)) {
                TrueTypeFont regular = parse(candidate);
                Path boldFile = boldBeside(candidate);
                TrueTypeFont bold;
                try {
                    bold = boldFile.equals(candidate) || !Files.isReadable(boldFile) ? regular : parse(boldFile);
                } catch (IOException e) {
                    closeQuietly(regular);
                    throw e;
                }
                return Optional.of(new SheetFont(candidate, regular, bold));
            }
        }
        return Optional.empty();
    }

    private static TrueTypeFont parse(Path file) throws IOException {
        try {
            // Parsed lazily by fontbox: the 4.7 MB file is not read whole, only the tables the subset needs.
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            if (font.getUnicodeCmapLookup(false) == null) {
                font.close();
                throw new IOException("it has no Unicode character map");
            }
            return font;
        } catch (IOException | RuntimeException e) {
            throw new IOException(file.toAbsolutePath() + " is not a usable TrueType font (" + e.getMessage()
                    + "); expected NanumGothic.ttf from " + DEBIAN_PACKAGE, e);
        }
    }

    /** NanumGothic.ttf → NanumGothicBold.ttf, as Debian installs them. */
    private static Path boldBeside(Path regular) {
        String name = regular.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? regular : regular.resolveSibling(name.substring(0, dot) + "Bold" + name.substring(dot));
    }

    /** The font file in use (for messages). */
    public Path file() {
        return file;
    }

    /** Whether the regular face can draw {@code codePoint} (a site name may hold a character it lacks). */
    boolean draws(int codePoint) {
        try {
            return regular.getUnicodeCmapLookup(false).getGlyphId(codePoint) != 0
                    && bold.getUnicodeCmapLookup(false).getGlyphId(codePoint) != 0;
        } catch (IOException e) {
            return false;
        }
    }

    TrueTypeFont regular() {
        return regular;
    }

    TrueTypeFont bold() {
        return bold;
    }

    /** Closes the font files (read only: a failure to close loses nothing, so it is not reported). */
    @Override
    public void close() {
        closeQuietly(regular);
        if (bold != regular) {
            closeQuietly(bold);
        }
    }

    private static void closeQuietly(TrueTypeFont font) {
        try {
            font.close();
        } catch (IOException e) {
            // A read-only file: nothing was lost.
        }
    }
}
