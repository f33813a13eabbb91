package org.madang.device.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.device.files.DurableFiles;

/**
 * The device's installed content under {@code <dataDir>/content/}: {@code current.jws}, and the
 * one before it as {@code previous.jws}.
 *
 * <p>Every read verifies the signature again, so a file edited on the SD card is never believed.
 * An install refuses anything invalid or not newer than what is installed (a replayed old bundle
 * could bring back a revoked card) and replaces the file atomically, so a power cut leaves the old
 * bundle or the new one. Not safe for two installers at once; one staff command installs at a time.
 */
public final class ContentStore {

    /** The directory inside the data directory. */
    public static final String DIRECTORY = "content";
    /** The installed bundle. */
    public static final String CURRENT = "current.jws";
    /** The bundle it replaced. */
    public static final String PREVIOUS = "previous.jws";

    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-r-----");
    private static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwxr-x---");

    private final Path directory;
    private final Map<String, Ed25519PublicKey> trusted;

    private ContentStore(Path directory, Map<String, Ed25519PublicKey> trusted) {
        this.directory = directory;
        this.trusted = Map.copyOf(trusted);
    }

    /** The store of a data directory, believing bundles signed by {@code trusted} (kid to key). */
    public static ContentStore in(Path dataDir, Map<String, Ed25519PublicKey> trusted) {
        return new ContentStore(dataDir.resolve(DIRECTORY), trusted);
    }

    /** The content directory. */
    public Path directory() {
        return directory;
    }

    /**
     * The installed content, as loaded at start.
     *
     * @param bundle the bundle in use
     * @param fromPrevious whether current.jws was missing or damaged and previous.jws is used instead
     * @param currentProblems why current.jws was not used (empty when it was)
     */
    public record Loaded(ContentBundle bundle, boolean fromPrevious, List<ContentProblem> currentProblems) {
        public Loaded {
            currentProblems = List.copyOf(currentProblems);
        }
    }

    /**
     * Loads and verifies current.jws, falling back to previous.jws if current is missing or does
     * not verify. Empty when neither gives a valid bundle (a device before its first content).
     *
     * @throws IOException if a file exists but cannot be read
     */
    public Optional<Loaded> current() throws IOException {
        List<ContentProblem> problems;
        try {
            return Optional.of(new Loaded(read(CURRENT), false, List.of()));
        } catch (NoSuchFileException e) {
            problems = List.of();
        } catch (ContentException e) {
            problems = e.problems();
        }
        try {
            return Optional.of(new Loaded(read(PREVIOUS), true, problems));
        } catch (NoSuchFileException | ContentException e) {
            return Optional.empty();
        }
    }

    /**
     * Verifies and installs a bundle; the one it replaces becomes previous.jws.
     *
     * @return the installed bundle
     * @throws ContentException if it is invalid, or not newer than the installed one
     *     ({@link ContentException#isRollback()}); the installed content is unchanged
     * @throws IOException if the files cannot be written; the installed content is unchanged
     */
    public ContentBundle install(byte[] jws) throws ContentException, IOException {
        ContentBundle bundle = ContentBundles.read(jws, trusted);
        Optional<Loaded> installed = current();
        if (installed.isPresent() && bundle.version() <= installed.get().bundle().version()) {
            throw Problems.single("version", String.valueOf(bundle.version()), ContentProblem.Code.ROLLBACK,
                    installed.get().bundle().version());
        }
        Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
        if (installed.isPresent() && !installed.get().fromPrevious()) {
            // Only a bundle that verifies becomes previous: a damaged current must not replace a good previous.
            DurableFiles.replace(directory.resolve(PREVIOUS), Files.readAllBytes(directory.resolve(CURRENT)), FILE_MODE);
        }
        DurableFiles.replace(directory.resolve(CURRENT), jws, FILE_MODE);
        return bundle;
    }

    private ContentBundle read(String name) throws IOException, ContentException {
        return ContentBundles.read(Files.readAllBytes(directory.resolve(name)), trusted);
    }
}
