package org.madang.device.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code <dataDir>/sync/enrollment.json}, replaced durably by {@code sync-agent enroll} and
 * {@code device-config provision}; here, beside {@link SyncStateFile}, so both can write it.
 */
public final class EnrollmentFile {

    /** The file's name inside {@code sync/}. */
    public static final String FILE_NAME = "enrollment.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path file;

    private EnrollmentFile(Path file) {
        this.file = file;
    }

    /** The enrollment file of a data directory. */
    public static EnrollmentFile in(Path dataDir) {
        return new EnrollmentFile(dataDir.resolve(SyncStateFile.DIRECTORY).resolve(FILE_NAME));
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The enrollment, or empty if the device never enrolled (or the file is unreadable: enroll again). */
    public Optional<Enrollment> read() throws IOException {
        try {
            return Optional.of(MAPPER.readValue(Files.readAllBytes(file), Enrollment.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + " is not a valid enrollment file (run enroll again): " + e.getOriginalMessage(), e);
        }
    }

    /** Replaces the file durably. */
    public void write(Enrollment enrollment) throws IOException {
        SyncFiles.replace(file, toBytes(enrollment));
    }

    /** The file's bytes for an enrollment (provision writes them with its other files). */
    public static byte[] toBytes(Enrollment enrollment) {
        try {
            return (MAPPER.writeValueAsString(enrollment) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("an enrollment record always serialises", e);
        }
    }

    /** Removes the file (the device is being set up for another enrollment); false if there was none. */
    public boolean delete() throws IOException {
        return Files.deleteIfExists(file);
    }
}
