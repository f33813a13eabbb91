package org.madang.device.sync;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code <dataDir>/sync/enrollment-queued.json}: an enrollment {@code device-config provision}
 * could not complete because the central was unreachable; the sync agent completes it at the
 * start of its next pass and then removes the file. It holds the enrollment QR text (the code is
 * a secret: mode 0640 like the rest of {@code sync/}), so the agent checks the same pinned key.
 */
public final class EnrollmentQueue {

    /** The file's name inside {@code sync/}. */
    public static final String FILE_NAME = "enrollment-queued.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /**
     * A queued enrollment.
     *
     * @param qrText the enrollment QR's text, as scanned
     * @param deviceId the device id the profile was written with
     * @param queuedAt when provision queued it (device time)
     */
    public record Queued(String qrText, String deviceId, Instant queuedAt) {
        public Queued {
            Objects.requireNonNull(qrText, "qrText");
            Objects.requireNonNull(deviceId, "deviceId");
            Objects.requireNonNull(queuedAt, "queuedAt");
        }
    }

    private final Path file;

    private EnrollmentQueue(Path file) {
        this.file = file;
    }

    /** The queue file of a data directory. */
    public static EnrollmentQueue in(Path dataDir) {
        return new EnrollmentQueue(dataDir.resolve(SyncStateFile.DIRECTORY).resolve(FILE_NAME));
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /**
     * The queued enrollment, if any.
     *
     * @throws IOException naming the file when it cannot be read or is not a queued enrollment
     */
    public Optional<Queued> read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            JsonNode tree = MAPPER.readTree(bytes);
            if (tree == null || !tree.path("qr").isTextual() || !tree.path("deviceId").isTextual()) {
                throw new IOException(file + " is not a queued enrollment ({\"qr\",\"deviceId\",\"queuedAt\"} expected):"
                        + " provision the device again");
            }
            return Optional.of(new Queued(tree.get("qr").asText(), tree.get("deviceId").asText(),
                    Instant.parse(tree.path("queuedAt").asText())));
        } catch (JacksonException | DateTimeParseException e) {
            throw new IOException(file + " is not a queued enrollment: " + e.getMessage()
                    + " (provision the device again)", e);
        }
    }

    /** The file's bytes for a queued enrollment (provision writes them with its other files). */
    public static byte[] toBytes(Queued queued) {
        ObjectNode tree = MAPPER.createObjectNode();
        tree.put("qr", queued.qrText());
        tree.put("deviceId", queued.deviceId());
        tree.put("queuedAt", queued.queuedAt().toString());
        return (tree.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the file durably. */
    public void write(Queued queued) throws IOException {
        SyncFiles.replace(file, toBytes(queued));
    }

    /** Removes the file once the enrollment is done; false if there was none. */
    public boolean delete() throws IOException {
        return Files.deleteIfExists(file);
    }
}
