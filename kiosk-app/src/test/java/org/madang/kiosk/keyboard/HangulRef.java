package org.madang.kiosk.keyboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The libhangul reference beside the checkout ({@code <repo root>/../shared/tools/hangul-ref}) and
 * the key-sequence format it reads: one sequence per line, every character one token, {@code '<'}
 * is Backspace.
 */
final class HangulRef {

    private HangulRef() {
    }

    /** The {@code shared/tools/hangul-ref} folder; fails naming the folder looked for. */
    static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no project root (a folder with mvnw) above " + Path.of("").toAbsolutePath());
        }
        Path folder = dir.resolveSibling("shared").resolve("tools/hangul-ref").normalize();
        if (!Files.isRegularFile(folder.resolve("hangul_ref.c"))) {
            throw new IllegalStateException("the libhangul reference is not beside this checkout: expected "
                    + folder + "/hangul_ref.c (the shared/ folder next to the repository)");
        }
        return folder;
    }

    /** Types one sequence into a fresh composer and returns its text, as hangul-ref prints it. */
    static String compose(String sequence) {
        HangulComposer composer = new HangulComposer();
        for (int i = 0; i < sequence.length(); i++) {
            char token = sequence.charAt(i);
            if (token == '<') {
                composer.backspace();
            } else {
                composer.press(token);
            }
        }
        return composer.text();
    }

    /** Reads a UTF-8 file's lines. */
    static java.util.List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
    }
}
