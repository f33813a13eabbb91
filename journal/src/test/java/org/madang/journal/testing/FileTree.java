package org.madang.journal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a directory holds, for tests that a refused command changed nothing in a device's files. */
public final class FileTree {

    private FileTree() {
    }

    /**
     * Every file and directory under {@code dir} by relative path: a file as its size, modification
     * time and content hash, a directory as {@code "dir"}; empty when {@code dir} does not exist.
     * SQLite's shared-memory index ({@code -shm}) and an empty write-ahead log are left out: any
     * reader of a journal (such as a check for waiting records) creates them, and they hold no data.
     */
    public static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.toList()) {
                String name = dir.relativize(path).toString();
                if (name.endsWith("-shm") || (name.endsWith("-wal") && Files.size(path) == 0)) {
                    continue;
                }
                files.put(name, Files.isRegularFile(path) ? Files.size(path) + ":" + Files.getLastModifiedTime(path).toMillis()
                        + ":" + Integer.toHexString(Arrays.hashCode(Files.readAllBytes(path))) : "dir");
            }
        }
        return files;
    }
}
